//! Reading on past misspelt fields, in one pass.
//!
//! Every struct of the format denies unknown fields, so a typo is an error
//! with its position. To report every misspelt field of a file at once (not
//! only the first) without parsing the file again per field, the RON
//! deserializer is wrapped: each struct's keys are checked against the
//! struct's field list before the derived code sees them; an unknown one is
//! recorded (with its byte offset, from the identifier borrowed from the
//! source) and its value skipped, and reading goes on. The wrapper passes
//! everything else through unchanged, at every depth.

use crate::untrusted::MAX_TEXT;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IgnoredAny, IntoDeserializer, MapAccess,
    SeqAccess, VariantAccess, Visitor,
};
use std::cell::RefCell;
use std::fmt;

/// Something wrong that does not stop the reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Found {
    /// Byte offset of it in the source, when known.
    pub offset: Option<usize>,
    /// What it is.
    pub what: Problem,
}

/// The problems found while reading on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Problem {
    /// A field the struct does not have (ron's own error for it, the
    /// message trainers already know).
    UnknownField(ron::Error),
    /// A text longer than [`MAX_TEXT`] characters.
    LongText(usize),
}

/// Where the wrapper records unknown fields (one per file read), up to a
/// bound: past it, the fields are still skipped and counted.
pub(super) struct Sink {
    fields: RefCell<Vec<Found>>,
    more: RefCell<usize>,
    limit: usize,
}

impl Sink {
    pub(super) fn new(limit: usize) -> Sink {
        Sink {
            fields: RefCell::new(Vec::new()),
            more: RefCell::new(0),
            limit,
        }
    }

    fn push(&self, f: Found) {
        let mut v = self.fields.borrow_mut();
        if v.len() < self.limit {
            v.push(f);
        } else {
            *self.more.borrow_mut() += 1;
        }
    }

    /// The problems recorded, and how many more were seen unrecorded.
    pub(super) fn take(self) -> (Vec<Found>, usize) {
        (self.fields.into_inner(), self.more.into_inner())
    }
}

/// A deserializer that records and skips unknown struct fields.
pub(super) struct Lenient<'s, D> {
    pub(super) inner: D,
    pub(super) sink: &'s Sink,
}

/// A visitor wrapper: passes the value through, wrapping what it nests.
struct Wrap<'s, V> {
    inner: V,
    sink: &'s Sink,
    /// The struct being read (name and fields), when it is one.
    fields: Option<(&'static str, &'static [&'static str])>,
}

impl<'s, V> Wrap<'s, V> {
    fn new(inner: V, sink: &'s Sink) -> Self {
        Wrap {
            inner,
            sink,
            fields: None,
        }
    }

    /// Records a text longer than any scenario needs (its start, when it
    /// is borrowed from the source; `offset` is the first character).
    fn check_length(&self, v: &str, offset: Option<usize>) {
        if v.len() > MAX_TEXT {
            let n = v.chars().count();
            if n > MAX_TEXT {
                self.sink.push(Found {
                    // The opening quote, as other positions of strings.
                    offset: offset.map(|o| o.saturating_sub(1)),
                    what: Problem::LongText(n),
                });
            }
        }
    }
}

macro_rules! forward_deserialize {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.inner.$name(Wrap::new(visitor, self.sink))
            }
        )*
    };
}

impl<'de, 's, D: Deserializer<'de>> Deserializer<'de> for Lenient<'s, D> {
    type Error = D::Error;

    forward_deserialize!(
        deserialize_any,
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.inner
            .deserialize_unit_struct(name, Wrap::new(visitor, self.sink))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.inner
            .deserialize_newtype_struct(name, Wrap::new(visitor, self.sink))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.inner
            .deserialize_tuple(len, Wrap::new(visitor, self.sink))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.inner
            .deserialize_tuple_struct(name, len, Wrap::new(visitor, self.sink))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let w = Wrap {
            inner: visitor,
            sink: self.sink,
            fields: Some((name, fields)),
        };
        self.inner.deserialize_struct(name, fields, w)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.inner
            .deserialize_enum(name, variants, Wrap::new(visitor, self.sink))
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($name:ident: $t:ty),* $(,)?) => {
        $(
            fn $name<E: de::Error>(self, v: $t) -> Result<Self::Value, E> {
                self.inner.$name(v)
            }
        )*
    };
}

impl<'de, 's, V: Visitor<'de>> Visitor<'de> for Wrap<'s, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.inner.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.check_length(v, None);
        self.inner.visit_str(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        self.check_length(v, super::span::offset_in_source(v));
        self.inner.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        self.check_length(&v, None);
        self.inner.visit_string(v)
    }

    forward_visit!(
        visit_bool: bool,
        visit_i8: i8,
        visit_i16: i16,
        visit_i32: i32,
        visit_i64: i64,
        visit_i128: i128,
        visit_u8: u8,
        visit_u16: u16,
        visit_u32: u32,
        visit_u64: u64,
        visit_u128: u128,
        visit_f32: f32,
        visit_f64: f64,
        visit_char: char,
        visit_bytes: &[u8],
        visit_borrowed_bytes: &'de [u8],
        visit_byte_buf: Vec<u8>,
    );

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
        self.inner.visit_some(Lenient {
            inner: d,
            sink: self.sink,
        })
    }

    fn visit_newtype_struct<D2: Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
        self.inner.visit_newtype_struct(Lenient {
            inner: d,
            sink: self.sink,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_seq(Seq {
            inner: seq,
            sink: self.sink,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_map(Map {
            inner: map,
            sink: self.sink,
            fields: self.fields,
        })
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        self.inner.visit_enum(Enum {
            inner: data,
            sink: self.sink,
        })
    }
}

/// A seed whose deserializer is wrapped.
struct Seed<'s, T> {
    inner: T,
    sink: &'s Sink,
}

impl<'de, 's, T: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'s, T> {
    type Value = T::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<T::Value, D::Error> {
        self.inner.deserialize(Lenient {
            inner: d,
            sink: self.sink,
        })
    }
}

struct Seq<'s, A> {
    inner: A,
    sink: &'s Sink,
}

impl<'de, 's, A: SeqAccess<'de>> SeqAccess<'de> for Seq<'s, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.inner.next_element_seed(Seed {
            inner: seed,
            sink: self.sink,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// A struct's field name as read, with its offset in the source.
struct Key<'de> {
    name: std::borrow::Cow<'de, str>,
    offset: Option<usize>,
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key {
                    name: v.into(),
                    offset: super::span::offset_in_source(v),
                })
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key {
                    name: v.to_owned().into(),
                    offset: None,
                })
            }
        }
        d.deserialize_identifier(KeyVisitor)
    }
}

struct Map<'s, A> {
    inner: A,
    sink: &'s Sink,
    fields: Option<(&'static str, &'static [&'static str])>,
}

impl<'de, 's, A: MapAccess<'de>> MapAccess<'de> for Map<'s, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some((name, fields)) = self.fields else {
            return self.inner.next_key_seed(Seed {
                inner: seed,
                sink: self.sink,
            });
        };
        loop {
            let Some(key) = self.inner.next_key::<Key>()? else {
                return Ok(None);
            };
            if fields.contains(&&*key.name) {
                let d: de::value::CowStrDeserializer<A::Error> = key.name.into_deserializer();
                return seed.deserialize(d).map(Some);
            }
            self.sink.push(Found {
                offset: key.offset,
                what: Problem::UnknownField(ron::Error::NoSuchStructField {
                    expected: fields,
                    found: key.name.into_owned(),
                    outer: Some(name.to_owned()),
                }),
            });
            self.inner.next_value::<IgnoredAny>()?;
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.inner.next_value_seed(Seed {
            inner: seed,
            sink: self.sink,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

struct Enum<'s, A> {
    inner: A,
    sink: &'s Sink,
}

impl<'de, 's, A: EnumAccess<'de>> EnumAccess<'de> for Enum<'s, A> {
    type Error = A::Error;
    type Variant = Variant<'s, A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Self::Variant), A::Error> {
        let sink = self.sink;
        let (v, rest) = self.inner.variant_seed(seed)?;
        Ok((v, Variant { inner: rest, sink }))
    }
}

struct Variant<'s, A> {
    inner: A,
    sink: &'s Sink,
}

impl<'de, 's, A: VariantAccess<'de>> VariantAccess<'de> for Variant<'s, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.inner.newtype_variant_seed(Seed {
            inner: seed,
            sink: self.sink,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.inner.tuple_variant(len, Wrap::new(visitor, self.sink))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let w = Wrap {
            inner: visitor,
            sink: self.sink,
            fields: Some(("", fields)),
        };
        self.inner.struct_variant(fields, w)
    }
}
