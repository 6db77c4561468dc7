#pragma once

class QLineEdit;
class QString;

namespace mcs::ui {

/// Shows a design's value in a line edit: not as the user's edit (no
/// textEdited), and from its start when the user is not typing there; a
/// line edit given a long text otherwise shows its end.
class LineEditText
{
public:
    static void show(QLineEdit *line, const QString &value);
};

} // namespace mcs::ui
