//! The library's behaviour, checked against facts from the RFCs, the IANA registry and the
//! vendors' own pages rather than against the generated code. One test target, so the
//! library and its dev-dependencies are linked into one test binary.

mod api;
mod common;
mod fold;
mod header_fields;
mod interop;
mod layout;
mod retry_advice;
mod server_phrases;
mod server_rows;
mod status_line;
mod strings;
mod unofficial;
