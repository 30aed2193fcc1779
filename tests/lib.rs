//! End-to-end tests live in `all/`; this library is empty so the package
//! builds on its own.
