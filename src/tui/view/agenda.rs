//! The agenda: sections and their questions, with what happened to each.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::View;
use crate::model::lang::pick;
use crate::text::fit;

/// Draws the agenda into `area`, keeping the stop shown in view.
pub fn render(frame: &mut Frame, app: &View, area: Rect) {
    let t = &app.theme;
    let state = app.state;
    let (lang, _) = app.langs();
    let left = super::rule(frame, area, t.border, true);
    frame.render_widget(
        Paragraph::new(Line::styled(app.ui.t("panel-agenda"), t.strong)),
        Rect { height: 1, ..left },
    );
    let inner = Rect {
        y: left.y + 1,
        height: left.height.saturating_sub(1),
        ..left
    };
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    let mut current_line = 0;
    let mut last_section = None;
    let question_text = |q: &crate::model::QuestionId| {
        state
            .plan
            .question(q)
            .and_then(|question| pick(&question.text, lang))
            .map_or(q.to_string(), |p| p.value.text.clone())
    };
    for (i, stop) in app.live.stops.iter().enumerate() {
        let Some(section) = state.plan.format.sections.get(stop.section) else {
            continue;
        };
        if last_section != Some(stop.section) {
            last_section = Some(stop.section);
            let title = pick(&section.title, app.ui.lang())
                .map_or(section.id.to_string(), |p| p.value.clone());
            let minutes = format!(" {}′", section.budget_s / 60);
            let style = if state.current_section() == Some(&section.id) {
                t.strong
            } else {
                t.text
            };
            let room = width.saturating_sub(minutes.chars().count());
            lines.push(Line::from(vec![
                Span::styled(fit(&title, room), style),
                Span::styled(minutes, t.dim),
            ]));
        }
        let new_role = i == 0 || app.live.stops[i - 1].role != stop.role;
        if let Some(role) = stop.role.and_then(|id| app.role(id)).filter(|_| new_role) {
            let d = &role.details;
            let mark = if d.call_reference.is_some() {
                " ☎"
            } else {
                ""
            };
            let text = format!(" ◆ {}{mark}", d.employer);
            lines.push(Line::styled(fit(&text, width), t.strong));
        }
        if i == app.live.at {
            current_line = lines.len();
        }
        let Some(q) = &stop.question else {
            if i == app.live.at {
                lines.push(Line::styled(fit("  ▸", width), t.selected));
            }
            continue;
        };
        let progress = state.question_progress(q, stop.role);
        let mark = match progress {
            Some(p) if p.skipped => "–",
            Some(p) if p.summary.is_some() => "✎",
            Some(p) if p.asked => "✓",
            _ => "·",
        };
        let text = question_text(q);
        // Questions of a section that begin alike show where they differ.
        let siblings = app.live.stops.iter().filter(|s| {
            s.section == stop.section && s.role == stop.role && s.question.as_ref() != Some(q)
        });
        let others: Vec<String> = siblings
            .filter_map(|s| s.question.as_ref())
            .map(question_text)
            .collect();
        let room = width.saturating_sub(4);
        let text = crate::text::distinct(&text, &others, room);
        let line = fit(&format!("  {mark} {text}"), width);
        let style = if i == app.live.at {
            t.selected
        } else if mark == "·" {
            t.dim
        } else {
            t.text
        };
        lines.push(Line::styled(line, style));
    }
    let height = usize::from(inner.height);
    let scroll = current_line.saturating_sub(height.saturating_sub(3));
    let visible: Vec<Line> = lines.into_iter().skip(scroll).take(height).collect();
    frame.render_widget(Paragraph::new(visible), inner);
}
