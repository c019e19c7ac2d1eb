//! The log formats `httpcodes log` reads, each from its vendor's documentation, and how a
//! line of each yields its status. Every reader works on the line's bytes and allocates
//! nothing.

/// A log format, which also says whose software wrote the log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Apache httpd's Common Log Format, `LogFormat "%h %l %u %t \"%r\" %>s %b" common`
    /// (<https://httpd.apache.org/docs/2.4/logs.html#common>), and the Combined Log
    /// Format, which adds `"%{Referer}i" "%{User-agent}i"`
    /// (<https://httpd.apache.org/docs/2.4/logs.html#combined>). nginx's predefined
    /// `combined` format writes the same fields
    /// (<https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format>), so the two
    /// servers' logs cannot be told apart; nginx's own codes (499, 444) are the only
    /// vendor codes such a log can hold. `combined` is true once a line has the two
    /// added fields.
    CommonOrCombined { combined: bool },
    /// AWS Application Load Balancer access logs: space-separated fields, the ninth
    /// `elb_status_code` (what the client got) and the tenth `target_status_code`, `-`
    /// when no target answered
    /// (<https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html#access-log-entry-syntax>).
    ApplicationLoadBalancer,
    /// A JSON object per line with a `status` member, number or string, as nginx writes
    /// with `log_format ... escape=json '{"status":"$status",...}'`
    /// (<https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format>).
    NginxJson,
    /// Cloudflare Logpush's `http_requests` dataset, a JSON object per line:
    /// `EdgeResponseStatus` is the status Cloudflare returned to the client,
    /// `OriginResponseStatus` the origin's, 0 when no request went to the origin
    /// (<https://developers.cloudflare.com/logs/reference/log-fields/zone/http_requests/>).
    CloudflareLogpush,
}

/// What one line says: the status counted, and the second status logged beside it, where
/// the format has one (`None`: the target or origin never answered).
pub struct Entry {
    pub status: u16,
    pub upstream: Option<u16>,
}

impl Format {
    /// The format of `line`, if one of the readers reads it.
    pub fn detect(line: &[u8]) -> Option<Format> {
        let candidates = [
            Format::CloudflareLogpush,
            Format::NginxJson,
            Format::ApplicationLoadBalancer,
            Format::CommonOrCombined { combined: false },
        ];
        candidates
            .into_iter()
            .find(|format| format.read(line).is_ok())
            .map(|format| match format {
                Format::CommonOrCombined { .. } => Format::CommonOrCombined {
                    combined: common_or_combined(line).is_ok_and(|(_, combined)| combined),
                },
                other => other,
            })
    }

    /// The status of `line`, or what is wrong with it.
    pub fn read(self, line: &[u8]) -> Result<Entry, &'static str> {
        match self {
            Format::CommonOrCombined { .. } => common_or_combined(line).map(|(status, _)| Entry {
                status,
                upstream: None,
            }),
            Format::ApplicationLoadBalancer => application_load_balancer(line),
            Format::NginxJson => {
                let [status] = json_members(line, [b"status"])?;
                Ok(Entry {
                    status: status.ok_or("no status member")?,
                    upstream: None,
                })
            }
            Format::CloudflareLogpush => {
                let [edge, origin] = json_members(line, [b"EdgeResponseStatus", b"OriginResponseStatus"])?;
                Ok(Entry {
                    status: edge.ok_or("no EdgeResponseStatus member")?,
                    upstream: origin.filter(|&code| code != 0),
                })
            }
        }
    }

    /// Whether lines of this format carry a second status, shown beside the counted one.
    pub fn has_upstream(self) -> bool {
        matches!(self, Format::ApplicationLoadBalancer | Format::CloudflareLogpush)
    }

    /// The field that holds the second status, if the format has one.
    pub fn upstream_field(self) -> Option<&'static str> {
        match self {
            Format::ApplicationLoadBalancer => Some("target_status_code"),
            Format::CloudflareLogpush => Some("OriginResponseStatus"),
            _ => None,
        }
    }

    /// The name `--json` gives the format.
    pub fn name(self) -> &'static str {
        match self {
            Format::CommonOrCombined { combined: false } => "common",
            Format::CommonOrCombined { combined: true } => "combined",
            Format::ApplicationLoadBalancer => "aws-alb",
            Format::NginxJson => "nginx-json",
            Format::CloudflareLogpush => "cloudflare-logpush",
        }
    }

    /// The format as a summary's heading names it.
    pub fn title(self) -> &'static str {
        match self {
            Format::CommonOrCombined { combined: false } => "Common Log Format (nginx or Apache httpd)",
            Format::CommonOrCombined { combined: true } => "Combined Log Format (nginx or Apache httpd)",
            Format::ApplicationLoadBalancer => "AWS Application Load Balancer access log",
            Format::NginxJson => "nginx JSON log",
            Format::CloudflareLogpush => "Cloudflare Logpush HTTP requests",
        }
    }

    /// The vendor, as httpcodes' `Unofficial::vendor` spells it, whose meanings of
    /// unregistered numbers apply to this log.
    pub fn vendor(self) -> &'static str {
        match self {
            Format::CommonOrCombined { .. } | Format::NginxJson => "nginx",
            Format::ApplicationLoadBalancer => "AWS",
            Format::CloudflareLogpush => "Cloudflare",
        }
    }
}

/// A status as a log writes it: one to five digits, at most 65535.
fn status(digits: &[u8]) -> Result<u16, &'static str> {
    if digits.is_empty() || digits.len() > 5 || !digits.iter().all(u8::is_ascii_digit) {
        return Err("the status is not a number");
    }
    let value = digits
        .iter()
        .fold(0u32, |value, &digit| value * 10 + u32::from(digit - b'0'));
    u16::try_from(value).map_err(|_| "the status is larger than 65535")
}

/// A cursor over a line's bytes, for the readers of space-separated formats.
struct Fields<'a> {
    rest: &'a [u8],
}

impl<'a> Fields<'a> {
    /// The bytes up to the next space, and the cursor past it.
    fn token(&mut self) -> Option<&'a [u8]> {
        if self.rest.is_empty() {
            return None;
        }
        let end = self
            .rest
            .iter()
            .position(|&byte| byte == b' ')
            .unwrap_or(self.rest.len());
        let token = &self.rest[..end];
        self.rest = self.rest.get(end + 1..).unwrap_or_default();
        Some(token)
    }

    /// Expects `byte` next.
    fn expect(&mut self, byte: u8) -> bool {
        match self.rest.split_first() {
            Some((&first, rest)) if first == byte => {
                self.rest = rest;
                true
            }
            _ => false,
        }
    }

    /// Skips a double-quoted string whose quote and backslash may be escaped by a
    /// backslash, as Apache httpd escapes them (nginx writes `\x22` instead, which has no
    /// quote to skip); the opening quote must be next.
    fn quoted(&mut self) -> bool {
        if !self.expect(b'"') {
            return false;
        }
        let mut index = 0;
        while let Some(&byte) = self.rest.get(index) {
            match byte {
                b'\\' => index += 2,
                b'"' => {
                    self.rest = &self.rest[index + 1..];
                    return true;
                }
                _ => index += 1,
            }
        }
        false
    }
}

/// `127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326`,
/// optionally followed by ` "referer" "user agent"` and, as nginx's `main` format adds,
/// more fields. Returns the status and whether the line has the combined fields.
fn common_or_combined(line: &[u8]) -> Result<(u16, bool), &'static str> {
    let mut fields = Fields { rest: line };
    // %h %l %u: host, identity, user; none holds a space.
    for _ in 0..3 {
        fields.token().ok_or("too few fields")?;
    }
    if !fields.expect(b'[') {
        return Err("no [time] after the host, identity and user");
    }
    let close = fields
        .rest
        .iter()
        .position(|&byte| byte == b']')
        .ok_or("the [time] is not closed")?;
    fields.rest = &fields.rest[close + 1..];
    if !fields.expect(b' ') || !fields.quoted() || !fields.expect(b' ') {
        return Err("no quoted request after the [time]");
    }
    let code = status(fields.token().ok_or("no status after the request")?)?;
    let size = fields.token().ok_or("no size after the status")?;
    if size != b"-" && !size.iter().all(u8::is_ascii_digit) || size.is_empty() {
        return Err("the size after the status is neither a number nor -");
    }
    if fields.rest.is_empty() {
        return Ok((code, false));
    }
    if fields.quoted() && fields.expect(b' ') && fields.quoted() {
        return Ok((code, true));
    }
    Err("the referer and user agent after the size are not two quoted fields")
}

/// The request and connection types the load balancer logs, from the documentation's
/// `type` field.
const LOAD_BALANCER_TYPES: [&[u8]; 6] = [b"http", b"https", b"h2", b"grpcs", b"ws", b"wss"];

/// `http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817
/// 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" ...`
fn application_load_balancer(line: &[u8]) -> Result<Entry, &'static str> {
    let mut fields = Fields { rest: line };
    let kind = fields.token().ok_or("too few fields")?;
    if !LOAD_BALANCER_TYPES.contains(&kind) {
        return Err("the first field is not a request type such as http or h2");
    }
    let time = fields.token().ok_or("too few fields")?;
    if !time.first().is_some_and(u8::is_ascii_digit) || !time.contains(&b'T') {
        return Err("the second field is not an ISO 8601 time");
    }
    // elb, client:port, target:port and the three processing times.
    for _ in 0..6 {
        fields.token().ok_or("too few fields before elb_status_code")?;
    }
    let elb = fields.token().ok_or("too few fields before elb_status_code")?;
    if elb == b"-" {
        return Err("elb_status_code is -: the load balancer sent no status");
    }
    let elb = status(elb)?;
    let target = match fields.token().ok_or("no target_status_code")? {
        b"-" => None,
        digits => Some(status(digits)?),
    };
    // received_bytes and sent_bytes, then the quoted request: a line cut short lacks it.
    for _ in 0..2 {
        fields.token().ok_or("the line ends before the request")?;
    }
    if !fields.rest.starts_with(b"\"") {
        return Err("the line ends before the request");
    }
    Ok(Entry {
        status: elb,
        upstream: target,
    })
}

/// The members of a one-line JSON object named by `keys` (compared as written, without
/// unescaping, which these names never need), each as a status: a number, or a string
/// of digits as nginx writes `"$status"`; `None` for a member that is missing or `null`.
/// Other members are skipped, nested values included.
fn json_members<const N: usize>(line: &[u8], keys: [&[u8]; N]) -> Result<[Option<u16>; N], &'static str> {
    let mut found = [None; N];
    let mut json = Json { rest: line };
    json.space();
    if !json.expect(b'{') {
        return Err("not a JSON object");
    }
    json.space();
    if json.expect(b'}') {
        return Ok(found);
    }
    loop {
        json.space();
        let key = json.string().ok_or("a member name is not a JSON string")?;
        json.space();
        if !json.expect(b':') {
            return Err("no : after a member name");
        }
        json.space();
        match keys.iter().position(|wanted| *wanted == key) {
            Some(index) => found[index] = json.status()?,
            None => json.skip_value()?,
        }
        json.space();
        if json.expect(b'}') {
            break;
        }
        if !json.expect(b',') {
            return Err("the JSON object is cut short or malformed");
        }
    }
    json.space();
    match json.rest.is_empty() {
        true => Ok(found),
        false => Err("text after the JSON object"),
    }
}

/// A cursor over JSON text (RFC 8259) that checks only what reading the members needs.
struct Json<'a> {
    rest: &'a [u8],
}

impl<'a> Json<'a> {
    fn space(&mut self) {
        let start = self
            .rest
            .iter()
            .position(|byte| !matches!(byte, b' ' | b'\t' | b'\n' | b'\r'))
            .unwrap_or(self.rest.len());
        self.rest = &self.rest[start..];
    }

    fn expect(&mut self, byte: u8) -> bool {
        match self.rest.split_first() {
            Some((&first, rest)) if first == byte => {
                self.rest = rest;
                true
            }
            _ => false,
        }
    }

    /// A string's raw content, escapes left as they are.
    fn string(&mut self) -> Option<&'a [u8]> {
        if !self.expect(b'"') {
            return None;
        }
        let mut index = 0;
        while let Some(&byte) = self.rest.get(index) {
            match byte {
                b'\\' => index += 2,
                b'"' => {
                    let content = &self.rest[..index];
                    self.rest = &self.rest[index + 1..];
                    return Some(content);
                }
                _ => index += 1,
            }
        }
        None
    }

    /// A status value: digits, bare or quoted; `None` for `null`.
    fn status(&mut self) -> Result<Option<u16>, &'static str> {
        if self.rest.starts_with(b"\"") {
            let digits = self.string().ok_or("a string is not closed")?;
            return status(digits).map(Some);
        }
        if let Some(rest) = self.rest.strip_prefix(b"null") {
            self.rest = rest;
            return Ok(None);
        }
        let end = self
            .rest
            .iter()
            .position(|byte| !byte.is_ascii_digit())
            .unwrap_or(self.rest.len());
        let digits = &self.rest[..end];
        self.rest = &self.rest[end..];
        status(digits).map(Some)
    }

    /// Skips one value of any kind; objects and arrays by counting brackets outside
    /// strings.
    fn skip_value(&mut self) -> Result<(), &'static str> {
        if self.rest.starts_with(b"\"") {
            return self.string().map(drop).ok_or("a string is not closed");
        }
        if !matches!(self.rest.first(), Some(b'{' | b'[')) {
            // A number, true, false or null: up to the next separator.
            let end = self
                .rest
                .iter()
                .position(|byte| matches!(byte, b',' | b'}' | b']' | b' ' | b'\t' | b'\r'))
                .unwrap_or(self.rest.len());
            if end == 0 {
                return Err("a member has no value");
            }
            self.rest = &self.rest[end..];
            return Ok(());
        }
        let mut depth = 0usize;
        while let Some(&byte) = self.rest.first() {
            match byte {
                b'"' => {
                    self.string().ok_or("a string is not closed")?;
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    depth -= 1;
                    if depth == 0 {
                        self.rest = &self.rest[1..];
                        return Ok(());
                    }
                }
                _ => {}
            }
            self.rest = &self.rest[1..];
        }
        Err("the JSON object is cut short")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apache_examples_read() {
        // The examples of https://httpd.apache.org/docs/2.4/logs.html, on one line.
        let common =
            br#"127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326"#;
        assert_eq!(common_or_combined(common), Ok((200, false)));
        let combined = br#"127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)""#;
        assert_eq!(common_or_combined(combined), Ok((200, true)));
        assert_eq!(
            Format::detect(combined),
            Some(Format::CommonOrCombined { combined: true })
        );
    }

    #[test]
    fn an_escaped_quote_does_not_end_the_request() {
        let line = br#"::1 - - [10/Oct/2000:13:55:36 -0700] "GET /\" 404 1 HTTP/1.0" 400 0"#;
        assert_eq!(common_or_combined(line), Ok((400, false)));
    }

    #[test]
    fn json_members_are_found_at_any_place_and_nested_values_are_skipped() {
        let line = br#"{"a":{"status":"999","b":[1,"}"]},"status":"404","c":null}"#;
        assert_eq!(json_members(line, [b"status"]), Ok([Some(404)]));
        assert!(json_members(br#"{"status":"404""#, [b"status"]).is_err());
        assert!(json_members(br#"{"status":40x}"#, [b"status"]).is_err());
    }
}
