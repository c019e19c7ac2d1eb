//! Retry advice in the few words a table column has room for, and as a stable name for
//! `--json`.

use httpcodes::RetryAdvice;

/// The advice's name in `--json` output, and its label in a table.
pub fn name_and_label(advice: RetryAdvice) -> (&'static str, &'static str) {
    match advice {
        RetryAdvice::NotAnError => ("not-an-error", "-"),
        RetryAdvice::Transient => ("transient", "later"),
        RetryAdvice::OnAnotherConnection => ("on-another-connection", "on a new connection"),
        RetryAdvice::AfterHandshake => ("after-handshake", "after the TLS handshake"),
        RetryAdvice::IfTemporary => ("if-temporary", "only if temporary"),
        RetryAdvice::AfterUserAction => ("after-user-action", "when the user asks again"),
        RetryAdvice::AfterChange => ("after-change", "after a change"),
        RetryAdvice::AfterNetworkLogin => ("after-network-login", "after signing in"),
        RetryAdvice::Never => ("never", "never"),
        // RetryAdvice is non_exhaustive: a newer library may know more.
        _ => ("other", "see description"),
    }
}
