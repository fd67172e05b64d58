//! JSON paths into a message (`action.sections[1].rows[0].title`).

use core::fmt;

/// One step of a [`Path`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    /// An object key.
    Key(&'static str),
    /// An array index.
    Index(usize),
}

/// Where in a message's JSON (the `interactive` object) something is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<Seg>);

impl Path {
    /// The `interactive` object itself.
    pub const fn root() -> Self {
        Path(Vec::new())
    }

    /// Builds a path from its steps.
    pub fn from_segs(segs: &[Seg]) -> Self {
        Path(segs.to_vec())
    }

    /// This path followed by an object key.
    #[must_use]
    pub fn key(&self, key: &'static str) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Key(key));
        Path(segs)
    }

    /// This path followed by an array index.
    #[must_use]
    pub fn index(&self, index: usize) -> Self {
        let mut segs = self.0.clone();
        segs.push(Seg::Index(index));
        Path(segs)
    }

    /// The steps of the path.
    pub fn segs(&self) -> &[Seg] {
        &self.0
    }

    /// The path without its last step (the object that holds what this path names).
    #[must_use]
    pub fn parent(&self) -> Self {
        let mut segs = self.0.clone();
        segs.pop();
        Path(segs)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Key(key) if i == 0 => f.write_str(key)?,
                Seg::Key(key) => write!(f, ".{key}")?,
                Seg::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_as_json_path() {
        let p = Path::root()
            .key("action")
            .key("sections")
            .index(1)
            .key("rows")
            .index(0)
            .key("title");
        assert_eq!(p.to_string(), "action.sections[1].rows[0].title");
        assert_eq!(p.parent().to_string(), "action.sections[1].rows[0]");
    }
}
