//! The JSON Schemas rapport publishes (content files, the JSON export): draft 2020-12, with
//! only the formats the standard defines, so strict validators (`ajv --strict=true`) take
//! them. schemars adds `format: uint32` and the like for Rust's integer types; the range is
//! already said by `minimum`, so those go.

use schemars::generate::SchemaSettings;
use schemars::transform::{Transform, transform_subschemas};
use schemars::{JsonSchema, Schema};

/// The formats JSON Schema 2020-12 defines.
const STANDARD_FORMATS: &[&str] = &[
    "date-time",
    "date",
    "time",
    "duration",
    "email",
    "idn-email",
    "hostname",
    "idn-hostname",
    "ipv4",
    "ipv6",
    "uri",
    "uri-reference",
    "iri",
    "iri-reference",
    "uuid",
    "uri-template",
    "json-pointer",
    "relative-json-pointer",
    "regex",
];

/// The schema of `T`.
pub fn of<T: JsonSchema>() -> serde_json::Value {
    SchemaSettings::draft2020_12()
        .with_transform(StandardFormats)
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// Drops every `format` the standard does not define.
#[derive(Clone)]
struct StandardFormats;

impl Transform for StandardFormats {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(object) = schema.as_object_mut() {
            let foreign = object
                .get("format")
                .and_then(|f| f.as_str())
                .is_some_and(|f| !STANDARD_FORMATS.contains(&f));
            if foreign {
                object.remove("format");
            }
        }
        transform_subschemas(self, schema);
    }
}

#[cfg(test)]
mod tests {
    use crate::content::Kind;

    /// Every `format` anywhere in `value`.
    fn formats(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(f)) = map.get("format") {
                    out.push(f.clone());
                }
                map.values().for_each(|v| formats(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| formats(v, out)),
            _ => {}
        }
    }

    #[test]
    fn published_schemas_use_only_standard_formats() {
        let mut schemas = vec![crate::export::schema()];
        schemas.extend(Kind::ALL.map(crate::content::schema));
        for schema in &schemas {
            let mut found = Vec::new();
            formats(schema, &mut found);
            for f in &found {
                assert!(super::STANDARD_FORMATS.contains(&f.as_str()), "{f}");
            }
        }
        let mut export = Vec::new();
        formats(&schemas[0], &mut export);
        assert!(
            export.iter().any(|f| f == "date-time"),
            "standard formats stay"
        );
    }
}
