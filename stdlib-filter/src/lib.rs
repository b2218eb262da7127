//! Import analysis (see issue: stdlib-filter). Not implemented yet.
