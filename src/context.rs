//! What every page and component finds in context, provided once by the
//! shell (`crate::app`): the base path, the current language and page,
//! today's date; and the helpers that read them.

use leptos::prelude::*;
use portal_core::address::Base;
use portal_core::model::PartialDate;
use portal_core::{Key, Locale, Route};

/// The current interface language, in context.
#[derive(Clone, Copy)]
pub struct CurrentLocale(pub Memo<Locale>);

/// The page being shown, in context.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Option<Route>>);

/// Whether the shell has built its header and footer.
#[derive(Clone, Copy)]
pub struct ChromeBuilt(pub ReadSignal<bool>);

/// Today's date, in context.
#[derive(Clone, Copy)]
pub struct Today(pub PartialDate);

/// The base path, from context.
pub fn use_base() -> Base {
    expect_context::<Base>()
}

/// The full address of `route` in `locale`, base included: every internal link goes through here.
pub fn href(route: &Route, locale: Locale) -> String {
    use_base().page(route, locale)
}

/// The current interface language.
pub fn use_locale() -> Memo<Locale> {
    expect_context::<CurrentLocale>().0
}

/// A reactive interface string in the current language.
pub fn t(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let locale = use_locale();
    move || locale.get().text(key)
}
