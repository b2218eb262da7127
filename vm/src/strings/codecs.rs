//! Placeholder (filled in next commit).
