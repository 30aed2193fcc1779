//! Disposing of a store after its evaluation: dropping it returns its
//! instance's slot to the pool and resets its memory, work no caller waits
//! for, so a runtime may hand it to a thread of its own.

use std::sync::mpsc::{self, SyncSender};
use std::thread;

use wasmtime::Store;

use crate::state::StoreState;

/// Stores waiting to be dropped by the background thread: each holds a pool
/// slot until it is, so the queue is short and a full one makes the
/// evaluating thread wait (the pool counts it in [`crate::runtime`]).
pub(crate) const QUEUE: usize = 8;

/// Where stores are dropped.
pub(crate) enum Teardown {
    /// On the thread that evaluated.
    Inline,
    /// On a thread of its own.
    Background(SyncSender<Store<StoreState>>),
}

impl Teardown {
    /// A thread that drops every store it is sent, until the runtime (the
    /// only sender) is dropped.
    pub(crate) fn background() -> std::io::Result<Teardown> {
        let (sender, receiver) = mpsc::sync_channel::<Store<StoreState>>(QUEUE);
        thread::Builder::new()
            .name("zcp-teardown".into())
            .spawn(move || receiver.into_iter().for_each(drop))?;
        Ok(Teardown::Background(sender))
    }

    /// Drop `store` here or hand it over.
    pub(crate) fn dispose(&self, store: Store<StoreState>) {
        match self {
            Teardown::Inline => drop(store),
            Teardown::Background(sender) => {
                // The thread is gone only if it panicked: drop it here then.
                if let Err(mpsc::SendError(store)) = sender.send(store) {
                    drop(store);
                }
            }
        }
    }
}
