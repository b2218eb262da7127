//! Size and warmup records (see issue: size-reports). Not implemented yet.
