//! Trainee profiles: a display name, a language and the game's settings.

use crate::{Store, StoreError};
use onbrand_core::scenario::Language;
use rusqlite::OptionalExtension;
use serde::Serialize;

/// The settings a profile keeps.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct ProfileSettings {
    /// Interface language.
    pub lang: Language,
    /// Interface size (the game's UI scale).
    pub ui_scale: f32,
    /// Pace of the shift clock.
    pub pace: f32,
    /// Sounds on.
    pub sound: bool,
}

impl Default for ProfileSettings {
    fn default() -> Self {
        ProfileSettings {
            lang: Language::En,
            ui_scale: 1.0,
            pace: 1.0,
            sound: true,
        }
    }
}

/// A trainee.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    /// Row id.
    pub id: i64,
    /// Display name (unique).
    pub name: String,
    /// Settings.
    pub settings: ProfileSettings,
    /// When it was created (RFC 3339).
    pub created: String,
    /// When it was last chosen (RFC 3339).
    pub last_used: String,
}

fn lang_of(code: &str) -> Language {
    Language::ALL
        .into_iter()
        .find(|l| l.code() == code)
        .unwrap_or_default()
}

fn profile(r: &rusqlite::Row) -> rusqlite::Result<Profile> {
    let lang: String = r.get(2)?;
    Ok(Profile {
        id: r.get(0)?,
        name: r.get(1)?,
        settings: ProfileSettings {
            lang: lang_of(&lang),
            ui_scale: r.get::<_, f64>(3)? as f32,
            pace: r.get::<_, f64>(4)? as f32,
            sound: r.get(5)?,
        },
        created: r.get(6)?,
        last_used: r.get(7)?,
    })
}

const COLUMNS: &str = "id, name, lang, ui_scale, pace, sound, created, last_used";

/// The longest display name kept (characters).
pub const MAX_NAME: usize = 80;

impl Store {
    /// Every profile, most recently used first.
    pub fn profiles(&self) -> Result<Vec<Profile>, StoreError> {
        let mut st = self
            .conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM profiles ORDER BY last_used DESC, name"
            ))
            .map_err(|e| self.err(e))?;
        st.query_map([], profile)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.err(e))
    }

    /// The profile of that name, if any.
    pub fn profile(&self, name: &str) -> Result<Option<Profile>, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM profiles WHERE name = ?1"),
                [name],
                profile,
            )
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The profile of that name, created with `settings` if it does not
    /// exist; either way it becomes the last used. Names are trimmed and
    /// cut to [`MAX_NAME`] characters; an empty name is "trainee".
    pub fn profile_or_create(
        &self,
        name: &str,
        settings: ProfileSettings,
    ) -> Result<Profile, StoreError> {
        let name = clean_name(name);
        let now = crate::now();
        self.conn
            .execute(
                "INSERT INTO profiles (name, lang, ui_scale, pace, sound, created, last_used)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                 ON CONFLICT (name) DO UPDATE SET last_used = excluded.last_used",
                rusqlite::params![
                    name,
                    settings.lang.code(),
                    f64::from(settings.ui_scale),
                    f64::from(settings.pace),
                    settings.sound,
                    now
                ],
            )
            .map_err(|e| self.err(e))?;
        self.set_setting("last_profile", &name)?;
        self.profile(&name)?
            .ok_or_else(|| StoreError::NoTrainee(name.clone()))
    }

    /// Saves a profile's settings.
    pub fn save_settings(&self, id: i64, s: ProfileSettings) -> Result<(), StoreError> {
        self.conn
            .execute(
                "UPDATE profiles SET lang = ?2, ui_scale = ?3, pace = ?4, sound = ?5 WHERE id = ?1",
                rusqlite::params![
                    id,
                    s.lang.code(),
                    f64::from(s.ui_scale),
                    f64::from(s.pace),
                    s.sound
                ],
            )
            .map(drop)
            .map_err(|e| self.err(e))
    }

    /// The profile chosen last, if it still exists.
    pub fn last_profile(&self) -> Result<Option<Profile>, StoreError> {
        match self.setting("last_profile")? {
            Some(name) => self.profile(&name),
            None => Ok(None),
        }
    }

    /// Deletes a trainee and everything tied to them (runs, journals,
    /// findings), then rewrites the file so that nothing of it remains on
    /// disk. Returns the number of runs deleted.
    pub fn delete_trainee(&mut self, name: &str) -> Result<usize, StoreError> {
        let p = self
            .profile(name)?
            .ok_or_else(|| StoreError::NoTrainee(name.to_owned()))?;
        let path = self.path.clone();
        let t = self
            .conn
            .transaction()
            .map_err(|e| StoreError::sqlite(&path, e))?;
        let runs: i64 = t
            .query_row(
                "SELECT count(*) FROM runs WHERE profile_id = ?1",
                [p.id],
                |r| r.get(0),
            )
            .map_err(|e| StoreError::sqlite(&path, e))?;
        // The cascade deletes runs, journal and findings rows.
        t.execute("DELETE FROM profiles WHERE id = ?1", [p.id])
            .map_err(|e| StoreError::sqlite(&path, e))?;
        t.execute(
            "DELETE FROM settings WHERE key = 'last_profile' AND value = ?1",
            [&p.name],
        )
        .map_err(|e| StoreError::sqlite(&path, e))?;
        t.commit().map_err(|e| StoreError::sqlite(&path, e))?;
        self.vacuum()?;
        Ok(runs as usize)
    }
}

/// A display name as stored: trimmed, control characters removed, at most
/// [`MAX_NAME`] characters; empty becomes "trainee".
pub fn clean_name(name: &str) -> String {
    let n: String = name
        .trim()
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME)
        .collect();
    if n.is_empty() { "trainee".into() } else { n }
}
