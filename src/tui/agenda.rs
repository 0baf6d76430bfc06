//! The agenda the live screen walks: the model's ([`crate::model::agenda`]).

pub use crate::model::agenda::*;
