//! Colours and emphasis: for a dark terminal (the default), a light one, or high contrast;
//! none at all when `NO_COLOR` is set.

use ratatui::style::{Color, Modifier, Style};

/// The styles the screens draw with.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    /// Ordinary text.
    pub text: Style,
    /// Secondary text: hints, the second language, timestamps.
    pub dim: Style,
    /// Titles and the candidate's name.
    pub strong: Style,
    /// The selected line.
    pub selected: Style,
    /// Overtime, red flags, a failed save.
    pub alert: Style,
    /// Green flags, a confirmed save.
    pub good: Style,
    /// Pauses and warnings that are not alarms.
    pub warn: Style,
    /// Panel borders.
    pub border: Style,
}

impl Theme {
    /// The theme `name`, unless `no_color` (the `NO_COLOR` convention): then emphasis only.
    pub fn of(name: crate::config::ThemeName, no_color: bool) -> Self {
        use crate::config::ThemeName;
        match name {
            _ if no_color => Theme::new(true),
            ThemeName::Default => Theme::new(false),
            // Dark text on the terminal's light background: no grey that fades into it.
            ThemeName::Light => Theme {
                text: Style::new(),
                dim: Style::new().fg(Color::Indexed(240)),
                strong: Style::new().add_modifier(Modifier::BOLD),
                selected: Style::new().fg(Color::White).bg(Color::Blue),
                alert: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
                good: Style::new()
                    .fg(Color::Indexed(22))
                    .add_modifier(Modifier::BOLD),
                warn: Style::new().fg(Color::Black).bg(Color::Indexed(214)),
                border: Style::new().fg(Color::Indexed(244)),
            },
            // Nothing dimmed; the terminal's own foreground and background, reversed for
            // what must stand out.
            ThemeName::HighContrast => Theme {
                text: Style::new(),
                dim: Style::new(),
                strong: Style::new().add_modifier(Modifier::BOLD),
                selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
                alert: Style::new()
                    .fg(Color::LightRed)
                    .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                good: Style::new().add_modifier(Modifier::BOLD),
                warn: Style::new().add_modifier(Modifier::REVERSED),
                border: Style::new().add_modifier(Modifier::BOLD),
            },
        }
    }

    /// Colours, unless `no_color` (the `NO_COLOR` convention): then emphasis only.
    pub fn new(no_color: bool) -> Self {
        if no_color {
            return Theme {
                text: Style::new(),
                dim: Style::new(),
                strong: Style::new().add_modifier(Modifier::BOLD),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                alert: Style::new().add_modifier(Modifier::BOLD),
                good: Style::new(),
                warn: Style::new().add_modifier(Modifier::REVERSED),
                border: Style::new(),
            };
        }
        Theme {
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            strong: Style::new().add_modifier(Modifier::BOLD),
            selected: Style::new().fg(Color::Black).bg(Color::Cyan),
            alert: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            good: Style::new().fg(Color::Green),
            warn: Style::new().fg(Color::Black).bg(Color::Yellow),
            border: Style::new().fg(Color::DarkGray),
        }
    }
}
