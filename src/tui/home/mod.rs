//! The home screen: recent interviews, a short form to start a new one, the demo, deleting
//! an interview (after listing what goes, as `rapport forget` does), a plan's candidates side
//! by side with its calibration, and calling a referee an interview marked.
//!
//! No session is open here, so on the list and the plan's view letters are commands (n, d, c,
//! q); in the form's and the call's text fields they type. All go through the keymap tables,
//! like the live screen.

mod calling;
mod plan;

pub use calling::{Calling, ReferenceCallChoice};
pub use plan::{Insight, MarkedReferee, PlanInsight, PlanView, Tab};

use crossterm::event::{Event, KeyEventKind};

use super::keymap::{
    Command, HOME_CALIBRATION_KEYS, HOME_CALLING_KEYS, HOME_DELETE_KEYS, HOME_FORM_KEYS,
    HOME_LIST_KEYS, HOME_PLAN_KEYS, Input, Keymap,
};
use super::text_input::TextInput;
use super::theme::Theme;
use crate::i18n::Catalog;
use crate::model::{Lang, SessionId};

/// A line of the list of interviews.
#[derive(Debug, Clone)]
pub struct SessionRow {
    /// The session.
    pub id: SessionId,
    /// The candidate.
    pub candidate: String,
    /// The role.
    pub role: String,
    /// The format's id.
    pub format: String,
    /// When it was created, as shown.
    pub created: String,
    /// Interview time so far.
    pub elapsed_ms: u64,
    /// Whether it has ended.
    pub ended: bool,
    /// The interview plan's id.
    pub plan: String,
    /// Whether it is a reference call (not the candidate's interview).
    pub reference: bool,
}

/// A plan one can start from the form: the role it hires for and the formats it has
/// questions for.
#[derive(Debug, Clone)]
pub struct PlanOption {
    /// The plan's id.
    pub id: String,
    /// The role, in the UI language.
    pub role: String,
    /// Its formats, the default first: (id, title in the UI language).
    pub formats: Vec<(String, String)>,
}

/// What a new interview is to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInterview {
    /// The candidate's name.
    pub candidate: String,
    /// The plan's id.
    pub plan: String,
    /// The format's id.
    pub format: String,
    /// The question language.
    pub lang: Lang,
    /// A second language shown beneath.
    pub also: Option<Lang>,
    /// The interviewer.
    pub panelist: String,
}

/// What the user chose on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HomeChoice {
    /// Continue this interview.
    Resume(SessionId),
    /// Start a new one.
    New(NewInterview),
    /// Open the demo interview.
    Demo,
    /// Start a reference call.
    Reference(ReferenceCallChoice),
    /// Leave rapport.
    Quit,
}

/// The fields of the form, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The candidate's name (typed).
    Candidate,
    /// The plan, shown as its role (chosen).
    Plan,
    /// The format (chosen).
    Format,
    /// The question language (chosen).
    Lang,
    /// The second language, or none (chosen).
    Also,
    /// The interviewer's name (typed).
    Panelist,
}

const FIELDS: [Field; 6] = [
    Field::Candidate,
    Field::Plan,
    Field::Format,
    Field::Lang,
    Field::Also,
    Field::Panelist,
];

/// The new-interview form.
#[derive(Debug, Clone)]
pub struct Form {
    /// The field with the cursor.
    pub field: Field,
    /// The candidate's name so far.
    pub candidate: TextInput,
    /// Index into the plans.
    pub plan: usize,
    /// Index into the plan's formats.
    pub format: usize,
    /// Index into [`Lang::ALL`].
    pub lang: usize,
    /// 0 for none, else 1 + index into [`Lang::ALL`].
    pub also: usize,
    /// The interviewer's name.
    pub panelist: TextInput,
    /// Set when Enter was pressed without a candidate.
    pub missing_candidate: bool,
}

/// Where the home screen deletes a session: the store, seen from the command line.
pub trait Deleter {
    /// Every file (and log line) deleting session `id` removes, a line each.
    fn listing(&self, id: SessionId) -> Vec<String>;
    /// Deletes session `id` and all of it; or why not, in a few words.
    fn delete(&self, id: SessionId) -> Result<(), String>;
}

/// A deletion waiting for its confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deleting {
    /// The session.
    pub id: SessionId,
    /// Its candidate, as the question names it.
    pub candidate: String,
    /// What goes with it.
    pub listing: Vec<String>,
}

/// The home screen's state.
pub struct Home {
    /// Recent interviews, newest first.
    pub rows: Vec<SessionRow>,
    /// The selected row.
    pub selected: usize,
    /// The plans one can start.
    pub plans: Vec<PlanOption>,
    /// The form, while it is open.
    pub form: Option<Form>,
    /// The words of the interface.
    pub ui: Catalog,
    /// The styles.
    pub theme: Theme,
    /// Set once the user has chosen.
    pub choice: Option<HomeChoice>,
    /// The deletion asked about, until it is confirmed or not.
    pub deleting: Option<Deleting>,
    /// What the last deletion did, or why a view could not open.
    pub notice: Option<String>,
    /// A plan's view, while it is open.
    pub view: Option<PlanView>,
    /// A reference call being set up.
    pub calling: Option<Calling>,
    deleter: Option<Box<dyn Deleter>>,
    insight: Option<Box<dyn Insight>>,
    panelist: String,
    defaults: FormDefaults,
}

/// What the new-interview form starts on (from the settings file); the first plan and
/// format and the UI language where it says nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormDefaults {
    /// The plan's id.
    pub plan: Option<String>,
    /// The format's id.
    pub format: Option<String>,
    /// The question language.
    pub lang: Option<Lang>,
    /// The second language.
    pub also: Option<Lang>,
}

impl Home {
    /// A home screen listing `rows`, offering `plans`, for `panelist`.
    pub fn new(
        rows: Vec<SessionRow>,
        plans: Vec<PlanOption>,
        panelist: String,
        ui: Catalog,
        theme: Theme,
    ) -> Self {
        Home {
            rows,
            selected: 0,
            plans,
            form: None,
            ui,
            theme,
            choice: None,
            deleting: None,
            notice: None,
            view: None,
            calling: None,
            deleter: None,
            insight: None,
            panelist,
            defaults: FormDefaults::default(),
        }
    }

    /// The home screen whose new-interview form starts on `defaults`.
    pub fn with_form_defaults(mut self, defaults: FormDefaults) -> Self {
        self.defaults = defaults;
        self
    }

    /// The home screen deleting sessions through `deleter`.
    pub fn with_deleter(mut self, deleter: Box<dyn Deleter>) -> Self {
        self.deleter = Some(deleter);
        self
    }

    /// The home screen reading plans and reference calls through `insight`.
    pub fn with_insight(mut self, insight: Box<dyn Insight>) -> Self {
        self.insight = Some(insight);
        self
    }

    /// The keys of what is in use: a popup, the plan's view, or the list.
    pub fn keymap(&self) -> &'static Keymap {
        if self.form.is_some() {
            &HOME_FORM_KEYS
        } else if self.deleting.is_some() {
            &HOME_DELETE_KEYS
        } else if self.calling.is_some() {
            &HOME_CALLING_KEYS
        } else if let Some(view) = &self.view {
            match view.tab {
                Tab::Candidates => &HOME_PLAN_KEYS,
                Tab::Calibration => &HOME_CALIBRATION_KEYS,
            }
        } else {
            &HOME_LIST_KEYS
        }
    }

    /// The text field typing goes into, if any.
    fn field(&mut self) -> Option<&mut TextInput> {
        if let Some(calling) = self.calling.as_mut() {
            calling.missing_consent = false;
            return Some(&mut calling.consent);
        }
        self.form.as_mut().and_then(form_text)
    }

    /// Handles one terminal event.
    pub fn handle(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                match self.keymap().input(key) {
                    Some(Input::Command(command)) => self.command(command),
                    Some(Input::Edit(edit)) => {
                        if let Some(text) = self.field() {
                            text.edit(edit);
                        }
                        self.typed();
                    }
                    None => {}
                }
            }
            Event::Paste(text) => {
                if let Some(field) = self.field() {
                    field.paste(&text);
                }
                self.typed();
            }
            _ => {}
        }
    }

    fn typed(&mut self) {
        if let Some(form) = self.form.as_mut() {
            form.missing_candidate = false;
        }
    }

    fn command(&mut self, command: Command) {
        if self.form.is_some() {
            return self.form_command(command);
        }
        if let Some(deleting) = self.deleting.take() {
            return self.delete_command(command, deleting);
        }
        if self.calling.is_some() {
            return self.calling_command(command);
        }
        if self.view.is_some() {
            return self.view_command(command);
        }
        self.notice = None;
        match command {
            Command::Up => self.selected = self.selected.saturating_sub(1),
            Command::Down => {
                self.selected = (self.selected + 1).min(self.rows.len().saturating_sub(1));
            }
            Command::Save => {
                if let Some(row) = self.rows.get(self.selected) {
                    self.choice = Some(HomeChoice::Resume(row.id));
                }
            }
            Command::Forget => {
                if let (Some(row), Some(deleter)) = (self.rows.get(self.selected), &self.deleter) {
                    self.deleting = Some(Deleting {
                        id: row.id,
                        candidate: row.candidate.clone(),
                        listing: deleter.listing(row.id),
                    });
                }
            }
            Command::NewInterview => self.open_form(),
            Command::Demo => self.choice = Some(HomeChoice::Demo),
            Command::QuitNow => self.choice = Some(HomeChoice::Quit),
            Command::Compare => {
                let plan = self.rows.get(self.selected).map(|r| r.plan.clone());
                let at = plan
                    .and_then(|p| self.plans.iter().position(|o| o.id == p))
                    .unwrap_or(0);
                self.open_plan(at);
            }
            Command::CallReference => self.open_calling(),
            _ => {}
        }
    }

    /// Opens the view of plan number `at`.
    fn open_plan(&mut self, at: usize) {
        let Some(plan) = self.plans.get(at) else {
            self.notice = Some(self.ui.t("home-no-plans"));
            return;
        };
        let insight = match &self.insight {
            Some(insight) => insight.plan(&plan.id),
            None => Err(self.ui.t("home-no-store")),
        };
        self.view = Some(PlanView::new(at, insight));
    }

    /// The keys of the plan's view.
    fn view_command(&mut self, command: Command) {
        let Some(view) = self.view.as_mut() else {
            return;
        };
        match command {
            Command::Left | Command::Right => view.move_sort(command == Command::Right),
            Command::ReverseSort => view.reverse(),
            Command::Up | Command::Down => view.step(command == Command::Down),
            Command::NextField => {
                view.tab = match view.tab {
                    Tab::Candidates => Tab::Calibration,
                    Tab::Calibration => Tab::Candidates,
                };
            }
            Command::NextPlan => {
                let (next, tab) = ((view.plan + 1) % self.plans.len().max(1), view.tab);
                self.open_plan(next);
                if let Some(view) = self.view.as_mut() {
                    view.tab = tab;
                }
            }
            Command::Save => {
                if let Some(id) = view.selected_session() {
                    self.choice = Some(HomeChoice::Resume(id));
                }
            }
            Command::Back => self.view = None,
            Command::QuitNow => self.choice = Some(HomeChoice::Quit),
            _ => {}
        }
    }

    /// Opens "call a referee" on the selected interview, or says why it cannot.
    fn open_calling(&mut self) {
        let Some(row) = self.rows.get(self.selected) else {
            return;
        };
        if row.reference {
            self.notice = Some(self.ui.t("home-call-is-reference"));
            return;
        }
        let referees = match &self.insight {
            Some(insight) => insight.referees(row.id),
            None => Err(self.ui.t("home-no-store")),
        };
        match referees {
            Ok(referees) if referees.is_empty() => {
                self.notice = Some(self.ui.t_with(
                    "home-call-none-marked",
                    &[("candidate", row.candidate.clone().into())],
                ));
            }
            Ok(referees) => {
                self.calling = Some(Calling::new(row.id, row.candidate.clone(), referees));
            }
            Err(reason) => self.notice = Some(reason),
        }
    }

    /// The keys of "call a referee".
    fn calling_command(&mut self, command: Command) {
        let Some(calling) = self.calling.as_mut() else {
            return;
        };
        match command {
            Command::Up | Command::Down => calling.step(command == Command::Down),
            Command::Save => {
                if let Some(call) = calling.start() {
                    self.choice = Some(HomeChoice::Reference(call));
                }
            }
            Command::Back => self.calling = None,
            Command::QuitNow => self.choice = Some(HomeChoice::Quit),
            _ => {}
        }
    }

    /// The keys of the question "delete this interview?": only its own key deletes.
    fn delete_command(&mut self, command: Command, deleting: Deleting) {
        match command {
            Command::Confirm => {
                let Some(deleter) = &self.deleter else {
                    return;
                };
                self.notice = Some(match deleter.delete(deleting.id) {
                    Ok(()) => {
                        self.rows.retain(|r| r.id != deleting.id);
                        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
                        self.ui
                            .t_with("home-deleted", &[("candidate", deleting.candidate.into())])
                    }
                    Err(reason) => self
                        .ui
                        .t_with("home-delete-failed", &[("reason", reason.into())]),
                });
            }
            Command::QuitNow => self.choice = Some(HomeChoice::Quit),
            // Anything else keeps it (and Esc says so by closing the question).
            Command::Back => {}
            _ => self.deleting = Some(deleting),
        }
    }

    fn open_form(&mut self) {
        let d = &self.defaults;
        let at = |lang: Lang| Lang::ALL.iter().position(|l| *l == lang);
        let lang = at(d.lang.unwrap_or(self.ui.lang())).unwrap_or(0);
        let plan = d
            .plan
            .as_ref()
            .and_then(|id| self.plans.iter().position(|p| p.id == *id))
            .unwrap_or(0);
        let format = d
            .format
            .as_ref()
            .and_then(|id| {
                self.plans
                    .get(plan)?
                    .formats
                    .iter()
                    .position(|f| f.0 == *id)
            })
            .unwrap_or(0);
        self.form = Some(Form {
            field: Field::Candidate,
            candidate: TextInput::default(),
            plan,
            format,
            lang,
            also: d.also.and_then(at).map_or(0, |i| i + 1),
            panelist: TextInput::new(&self.panelist),
            missing_candidate: false,
        });
    }

    /// The plan chosen in the form, if there is a form and a plan.
    pub fn chosen_plan(&self) -> Option<&PlanOption> {
        self.plans.get(self.form.as_ref()?.plan)
    }

    fn form_command(&mut self, command: Command) {
        let plans = self.plans.len().max(1);
        let formats = self.chosen_plan().map_or(1, |p| p.formats.len().max(1));
        let Some(form) = self.form.as_mut() else {
            return;
        };
        let at = FIELDS.iter().position(|f| *f == form.field).unwrap_or(0);
        let step = |n: usize, len: usize, forward: bool| {
            if forward {
                (n + 1) % len
            } else {
                (n + len - 1) % len
            }
        };
        match command {
            Command::Back => self.form = None,
            Command::QuitNow => self.choice = Some(HomeChoice::Quit),
            Command::NextField => form.field = FIELDS[(at + 1) % FIELDS.len()],
            Command::PreviousField => form.field = FIELDS[(at + FIELDS.len() - 1) % FIELDS.len()],
            Command::Left | Command::Right => {
                let forward = command == Command::Right;
                match form.field {
                    Field::Plan => {
                        form.plan = step(form.plan, plans, forward);
                        form.format = 0;
                    }
                    Field::Format => form.format = step(form.format, formats, forward),
                    Field::Lang => form.lang = step(form.lang, Lang::ALL.len(), forward),
                    Field::Also => form.also = step(form.also, Lang::ALL.len() + 1, forward),
                    // In a text field, ← and → move the cursor.
                    Field::Candidate | Field::Panelist => {
                        if let Some(text) = form_text(form) {
                            text.edit(if forward {
                                super::text_input::Edit::Right
                            } else {
                                super::text_input::Edit::Left
                            });
                        }
                    }
                }
            }
            Command::Save => match form.candidate.value() {
                None => {
                    form.missing_candidate = true;
                    form.field = Field::Candidate;
                }
                Some(candidate) => {
                    let plan = self.plans.get(form.plan);
                    let interview = NewInterview {
                        candidate,
                        plan: plan.map(|p| p.id.clone()).unwrap_or_default(),
                        format: plan
                            .and_then(|p| p.formats.get(form.format))
                            .map(|f| f.0.clone())
                            .unwrap_or_default(),
                        lang: Lang::ALL[form.lang],
                        also: form.also.checked_sub(1).map(|i| Lang::ALL[i]),
                        panelist: form.panelist.value().unwrap_or_default(),
                    };
                    self.choice = Some(HomeChoice::New(interview));
                }
            },
            _ => {}
        }
    }
}

fn form_text(form: &mut Form) -> Option<&mut TextInput> {
    match form.field {
        Field::Candidate => Some(&mut form.candidate),
        Field::Panelist => Some(&mut form.panelist),
        Field::Plan | Field::Format | Field::Lang | Field::Also => None,
    }
}
