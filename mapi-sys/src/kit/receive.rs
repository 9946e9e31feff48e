//! [`ReceiveFolders`]: a message store's receive folder settings.

use std::collections::BTreeMap;

/// Which folder receives each message class: what a store's
/// `SetReceiveFolder` changes and `GetReceiveFolder` and
/// `GetReceiveFolderTable` read. `F` is the store's own name for a folder
/// (a number, say).
///
/// Classes compare without regard to ASCII case and keep the spelling they
/// were set with. A class with no setting of its own is received where its
/// nearest base class is: `IPM.Note.Phone`, then `IPM.Note`, `IPM`, and
/// last the default class `""`, which always has a folder (the one given
/// to [`new`](ReceiveFolders::new) until set otherwise).
///
/// ```
/// use mapi_sys::kit::ReceiveFolders;
/// let mut receive = ReceiveFolders::new(3); // the Inbox is folder 3
/// receive.set("IPM.Note", 7);
/// assert_eq!(receive.get("ipm.note.phone"), (&7, "IPM.Note"));
/// assert_eq!(receive.get("IPC.Report"), (&3, ""));
/// receive.reset("IPM.Note"); // SetReceiveFolder without a folder
/// assert_eq!(receive.get("IPM.Note.Phone"), (&3, ""));
/// ```
#[derive(Clone, Debug)]
pub struct ReceiveFolders<F> {
    default: F,
    /// By lowercase class: the class as set, and its folder.
    settings: BTreeMap<String, (String, F)>,
}

impl<F: Clone> ReceiveFolders<F> {
    /// Every class received in `default`.
    pub fn new(default: F) -> ReceiveFolders<F> {
        let mut settings = BTreeMap::new();
        settings.insert(String::new(), (String::new(), default.clone()));
        ReceiveFolders { default, settings }
    }

    /// The folder receiving `class`, and the class whose setting decided it
    /// (`class` itself or a base class, as it was set).
    pub fn get(&self, class: &str) -> (&F, &str) {
        let mut key = class.to_ascii_lowercase();
        loop {
            if let Some((class, folder)) = self.settings.get(&key) {
                return (folder, class);
            }
            match key.rfind('.') {
                Some(dot) => key.truncate(dot),
                None if key.is_empty() => return (&self.default, ""),
                None => key.clear(),
            }
        }
    }

    /// Sets the folder receiving `class` and the classes derived from it.
    pub fn set(&mut self, class: &str, folder: F) {
        let key = class.to_ascii_lowercase();
        self.settings.insert(key, (class.to_owned(), folder));
    }

    /// Removes the setting of `class`, which is then received where its
    /// base class is; for the default class `""`, puts back the folder
    /// given to [`new`](ReceiveFolders::new).
    pub fn reset(&mut self, class: &str) {
        let key = class.to_ascii_lowercase();
        if key.is_empty() {
            self.settings
                .insert(key, (String::new(), self.default.clone()));
        } else {
            self.settings.remove(&key);
        }
    }

    /// Removes the settings whose folder fails `keep` (a deleted folder's);
    /// the default class falls back to the folder given to
    /// [`new`](ReceiveFolders::new).
    pub fn retain(&mut self, mut keep: impl FnMut(&F) -> bool) {
        self.settings.retain(|_, (_, f)| keep(f));
        if !self.settings.contains_key("") {
            self.reset("");
        }
    }

    /// Every setting, as the class was set and its folder, in the order of
    /// the lowercase classes (the default class `""` first).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &F)> {
        self.settings.values().map(|(c, f)| (c.as_str(), f))
    }
}

#[cfg(test)]
mod tests {
    use super::ReceiveFolders;

    #[test]
    fn nearest_base_class_decides() {
        let mut r = ReceiveFolders::new(1);
        r.set("IPM", 2);
        r.set("IPM.Note.Phone", 3);
        assert_eq!(r.get("IPM.NOTE.PHONE.Urgent"), (&3, "IPM.Note.Phone"));
        assert_eq!(r.get("IPM.Note"), (&2, "IPM"));
        assert_eq!(r.get(""), (&1, ""));
        assert_eq!(r.get("Report"), (&1, ""));
        // Case is ignored when setting too: the later spelling replaces it.
        r.set("ipm", 4);
        assert_eq!(r.get("IPM.Note"), (&4, "ipm"));
    }

    #[test]
    fn the_default_class_always_has_a_folder() {
        let mut r = ReceiveFolders::new(1);
        r.set("", 5);
        assert_eq!(r.get("IPM"), (&5, ""));
        r.retain(|f| *f != 5);
        assert_eq!(r.get("IPM"), (&1, ""));
        r.set("", 6);
        r.reset("");
        assert_eq!(r.iter().collect::<Vec<_>>(), [("", &1)]);
    }
}
