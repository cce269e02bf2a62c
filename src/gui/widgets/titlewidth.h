#pragma once

class QWidget;

namespace TitleWidth {
// Makes the window at least as wide as its title bar needs to show its title and the
// program's name in full, with room for the window's buttons: a narrow form otherwise gets
// "New Appli…ions Desk". Call it once the title is set.
void fit(QWidget *window);
} // namespace TitleWidth
