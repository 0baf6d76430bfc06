//! Session logs on disk.
