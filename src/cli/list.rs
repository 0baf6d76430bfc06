//! `rapport list`, and `rapport` with no command: the home screen on a terminal, the list
//! otherwise.

use std::io::Write;

use super::new::NewSession;
use super::{Context, report, table};
use crate::content::Library;
use crate::i18n::{Catalog, clock};
use crate::model::Lang;
use crate::model::lang::pick;
use crate::store::{Listed, StoreError};
use crate::tui::{Home, HomeChoice, PlanOption, SessionRow};

/// On a terminal, the home screen; otherwise the session list, or how to start.
pub fn home(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (sessions, failed) = ctx.store().summaries()?;
    if ctx.stdin_is_terminal && ctx.stdout_is_terminal {
        return home_screen(ctx, &sessions);
    }
    let ui = Catalog::new(ctx.ui_lang);
    if sessions.is_empty() && failed.is_empty() {
        writeln!(out, "{}", ui.t("list-empty"))?;
        writeln!(out, "  {}", ui.t("list-example"))?;
        return Ok(());
    }
    print(&sessions, &failed, &ui, out)?;
    writeln!(out)?;
    writeln!(out, "{}", ui.t("list-hint"))?;
    Ok(())
}

fn home_screen(ctx: &Context, sessions: &[Listed]) -> anyhow::Result<()> {
    let rows = sessions
        .iter()
        .map(|l| {
            let s = &l.summary;
            SessionRow {
                id: s.id,
                candidate: s.candidate.clone(),
                // A reference call says whom it calls where an interview says the role.
                role: s
                    .reference
                    .as_ref()
                    .map_or_else(|| s.role.clone(), |r| format!("☎ {}", r.call.referee)),
                format: s.format.to_string(),
                created: crate::i18n::date_time(ctx.ui_lang, s.created),
                elapsed_ms: s.elapsed_ms,
                ended: s.ended,
                plan: s.plan.to_string(),
                reference: s.reference.is_some(),
            }
        })
        .collect();
    let panelist = ctx.new_panelist(None);
    let home = Home::new(
        rows,
        plan_options(super::library(ctx), ctx.ui_lang),
        panelist,
        Catalog::new(ctx.ui_lang),
        ctx.theme(),
    );
    let settings = &ctx.settings;
    let home = home
        .with_form_defaults(crate::tui::FormDefaults {
            plan: settings.plan.clone(),
            format: settings.format.clone(),
            lang: settings.lang,
            also: settings.also,
        })
        .with_deleter(Box::new(StoreDeleter { ctx: ctx.clone() }))
        .with_insight(Box::new(super::home_insight::StoreInsight {
            ctx: ctx.clone(),
        }));
    let (session, author) = match crate::tui::home(home)? {
        HomeChoice::Quit => return Ok(()),
        HomeChoice::Resume(id) => {
            let mut session = ctx.store().open(id)?;
            let (author, _) = ctx.panelist_of(&mut session, None)?;
            (session, author)
        }
        HomeChoice::Demo => super::demo::create(ctx)?,
        HomeChoice::Reference(call) => super::reference::call(
            ctx,
            super::reference::Call {
                interview: call.session,
                manager: &call.manager,
                consent: Some(&call.consent),
                format: super::args::REFERENCE_FORMAT.to_owned(),
                panelist: None,
            },
        )?,
        HomeChoice::New(n) => super::new::start(
            ctx,
            NewSession {
                candidate: n.candidate,
                plan: n.plan,
                format: Some(n.format),
                role: None,
                lang: n.lang,
                also: n.also,
                panelist: n.panelist,
                panel: Vec::new(),
                candidate_of: None,
                reference: None,
            },
        )?,
    };
    ctx.live(session, author)
}

/// Every plan with the formats it has questions for, named in the UI language.
fn plan_options(library: &Library, ui: Lang) -> Vec<PlanOption> {
    let text = |values: &crate::model::Localized<String>, fallback: &str| {
        pick(values, ui).map_or(fallback.to_owned(), |p| p.value.clone())
    };
    library
        .plans()
        .iter()
        .map(|plan| PlanOption {
            id: plan.id.to_string(),
            role: text(&plan.role, plan.id.as_str()),
            formats: plan
                .variants
                .iter()
                .filter_map(|v| library.format(v.format.as_str()))
                .map(|f| (f.id.to_string(), text(&f.title, f.id.as_str())))
                .collect(),
        })
        .collect()
}

/// Every session, newest first; sessions that cannot be read are named on standard error.
pub fn run(ctx: &Context, out: &mut impl Write) -> anyhow::Result<()> {
    let (sessions, failed) = ctx.store().summaries()?;
    print(&sessions, &failed, &Catalog::new(ctx.ui_lang), out)
}

fn print(
    sessions: &[Listed],
    failed: &[StoreError],
    ui: &Catalog,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let header = [
        "list-id",
        "list-candidate",
        "list-role",
        "list-format",
        "list-created",
        "list-state",
        "list-notes",
    ]
    .map(|id| ui.t(id))
    .to_vec();
    let mut rows = Vec::with_capacity(sessions.len() + 1);
    rows.push(header);
    for l in sessions {
        let s = &l.summary;
        let status = if l.damaged {
            ui.t("list-damaged")
        } else {
            let id = if s.ended { "home-ended" } else { "home-open" };
            ui.t_with(id, &[("time", clock(s.elapsed_ms).into())])
        };
        let id = s.id.to_string();
        rows.push(vec![
            id[id.len() - 8..].to_owned(),
            s.candidate.clone(),
            s.role.clone(),
            s.format.to_string(),
            crate::i18n::date_time(ui.lang(), s.created),
            status,
            s.notes.to_string(),
        ]);
    }
    write!(out, "{}", table::render(&rows, &[8, 24, 22, 12, 16, 30, 5]))?;
    for err in failed {
        crate::say_err!(
            "{}",
            ui.t_with("list-skipped", &[("error", report::sentence(err).into())])
        );
    }
    Ok(())
}

/// Deletes sessions from the home screen as `rapport purge` and `forget` do: every file of
/// the session, its entry in the index and its lines in rapport's own log.
struct StoreDeleter {
    ctx: Context,
}

impl StoreDeleter {
    fn doomed(&self, id: crate::model::SessionId) -> anyhow::Result<super::deletion::Doomed> {
        let store = self.ctx.store();
        let (sessions, _) = store.summaries()?;
        let readable = sessions.iter().map(|l| l.summary.id).collect();
        let this: Vec<Listed> = sessions
            .into_iter()
            .filter(|l| l.summary.id == id)
            .collect();
        super::deletion::Doomed::gather(&store, &self.ctx, this, Vec::new(), &readable, None)
    }
}

impl crate::tui::Deleter for StoreDeleter {
    fn listing(&self, id: crate::model::SessionId) -> Vec<String> {
        let mut out = Vec::new();
        match self.doomed(id) {
            Ok(doomed) => {
                let ui = Catalog::new(self.ctx.ui_lang);
                let _ = doomed.describe(&mut out, false, &ui);
            }
            Err(err) => return vec![err.to_string()],
        }
        String::from_utf8_lossy(&out)
            .lines()
            .map(|l| crate::text::visible::line(l).into_owned())
            .collect()
    }

    fn delete(&self, id: crate::model::SessionId) -> Result<(), String> {
        let store = self.ctx.store();
        self.doomed(id)
            .and_then(|doomed| doomed.delete(&store))
            .map(|_| ())
            .map_err(|err| crate::tui::journal_cause(err.as_ref()))
    }
}
