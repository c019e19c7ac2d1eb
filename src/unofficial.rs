use core::fmt;

use crate::generated;
use crate::reason::same_phrase;
use crate::{Seen, StatusCode};

/// What one vendor means by a number that the IANA registry does not give that meaning:
/// nginx's 499, Cloudflare's 522, an AWS load balancer's 460, the 0 a browser reports.
///
/// These meanings are kept apart from the registry. They never change what
/// [`reason`](StatusCode::reason), [`description`](StatusCode::description),
/// [`class`](StatusCode::class) or [`Display`](core::fmt::Display) say, because the same
/// number can mean different things to different vendors (420) and even collide with a
/// registered code (Microsoft's 451). Ask for them with [`StatusCode::unofficial`].
///
/// ```
/// use httpcodes::{Seen, StatusCode};
///
/// let [nginx] = StatusCode::from_u16(499).unofficial() else { panic!() };
/// assert_eq!(nginx.vendor(), "nginx");
/// assert_eq!(nginx.phrase(), Some("Client Closed Request"));
/// assert_eq!(nginx.seen(), Seen::ServerLog);
/// assert!(nginx.url().starts_with("https://"));
/// assert_eq!(nginx.to_string(), "499 Client Closed Request (nginx)");
///
/// // The registry's answer is untouched.
/// assert_eq!(StatusCode::from_u16(499).reason(), "Client Error");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Unofficial {
    pub(crate) code: u16,
    pub(crate) vendor: &'static str,
    pub(crate) product: Option<&'static str>,
    pub(crate) phrase: Option<&'static str>,
    pub(crate) vendor_phrase: bool,
    pub(crate) seen: Seen,
    pub(crate) sent_as: Option<StatusCode>,
    pub(crate) description: &'static str,
    pub(crate) url: &'static str,
}

impl Unofficial {
    /// Every entry in codes.toml, ordered by number.
    pub const ALL: &'static [Unofficial] = generated::UNOFFICIAL;

    /// Every entry of one vendor, such as `"nginx"` or `"Cloudflare"`, ignoring ASCII case;
    /// the crate docs list the vendors.
    ///
    /// ```
    /// use httpcodes::Unofficial;
    /// let codes: Vec<u16> = Unofficial::by_vendor("cloudflare").map(|entry| entry.code()).collect();
    /// assert_eq!(codes, [520, 521, 522, 523, 524, 525, 526, 530]);
    /// ```
    pub fn by_vendor(vendor: &str) -> impl Iterator<Item = &'static Unofficial> + '_ {
        Self::ALL
            .iter()
            .filter(move |entry| entry.vendor.eq_ignore_ascii_case(vendor))
    }

    /// The number.
    #[inline]
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The number as a [`StatusCode`], which says what the registry makes of it.
    #[inline]
    pub const fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.code)
    }

    /// The company or project whose software uses the number, such as `"nginx"` or `"AWS"`.
    #[inline]
    pub const fn vendor(&self) -> &'static str {
        self.vendor
    }

    /// Which of the vendor's products, where that matters: `"Application Load Balancer"`,
    /// `"Exchange ActiveSync"`.
    #[inline]
    pub const fn product(&self) -> Option<&'static str> {
        self.product
    }

    /// The phrase people know the number by: the vendor's own where it has one (see
    /// [`is_vendor_phrase`](Self::is_vendor_phrase)), otherwise a common label. `None` where
    /// nobody names it, as for the browsers' 0.
    #[inline]
    pub const fn phrase(&self) -> Option<&'static str> {
        self.phrase
    }

    /// Whether [`phrase`](Self::phrase) is the vendor's own wording rather than a label
    /// others gave the number.
    #[inline]
    pub const fn is_vendor_phrase(&self) -> bool {
        self.vendor_phrase
    }

    /// Where the number shows up: in responses, only in server logs, only on the client
    /// side, or only in the server's configuration.
    #[inline]
    pub const fn seen(&self) -> Seen {
        self.seen
    }

    /// For a number the client never receives, the registered code it gets in its place:
    /// nginx sends (and logs) 400 for what it calls 494 to 497 inside. `None` where the
    /// client gets the number itself, or nothing at all.
    #[inline]
    pub const fn sent_as(&self) -> Option<StatusCode> {
        self.sent_as
    }

    /// A sentence or two, in plain language, on what happened and what to do about it.
    #[inline]
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// The vendor's page (or source file) that documents the number.
    #[inline]
    pub const fn url(&self) -> &'static str {
        self.url
    }
}

/// `499 Client Closed Request (nginx)`, `561 Unauthorized (AWS, Application Load Balancer)`,
/// `0 (Web browsers, fetch and XMLHttpRequest)`.
impl fmt::Display for Unofficial {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        if let Some(phrase) = self.phrase {
            write!(f, " {phrase}")?;
        }
        match self.product {
            Some(product) => write!(f, " ({}, {product})", self.vendor),
            None => write!(f, " ({})", self.vendor),
        }
    }
}

impl StatusCode {
    /// What vendors mean by this number outside the registry, each with where it is seen
    /// and a source: one entry for nginx's 499, two for 420 (Twitter and Spring), Microsoft's
    /// for 451 next to the registered meaning, and none for most numbers, such as 200.
    ///
    /// The registry stays the truth: [`reason`](Self::reason) and
    /// [`description`](Self::description) never use these entries.
    ///
    /// ```
    /// use httpcodes::StatusCode;
    ///
    /// let cloudflare = StatusCode::from_u16(522).unofficial();
    /// assert_eq!(cloudflare[0].phrase(), Some("Connection Timed Out"));
    ///
    /// let legal = StatusCode::UnavailableForLegalReasons;
    /// assert_eq!(legal.reason(), "Unavailable For Legal Reasons");
    /// assert_eq!(legal.unofficial()[0].phrase(), Some("Redirect"));
    ///
    /// assert!(StatusCode::Ok.unofficial().is_empty());
    /// ```
    #[inline]
    pub const fn unofficial(self) -> &'static [Unofficial] {
        generated::unofficial(self.code())
    }
}

/// Whether `phrase` is one of the vendor phrases of `status`'s number, as `FromStr` accepts
/// it after the number: `"499 Client Closed Request"`.
pub(crate) fn is_phrase_of(status: StatusCode, phrase: &str) -> bool {
    let phrases = generated::unofficial_phrases(status.code());
    phrases.iter().any(|known| same_phrase(phrase, known))
}
