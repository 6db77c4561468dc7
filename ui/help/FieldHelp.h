#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace mcs::ui {

/// What each field of a design is for: a tooltip, a "What's This?" text
/// (Shift+F1) and the section of the user guide that says more, by the field's
/// key in the .mcdesign format ("institution.name", "learningOutcomes.bloomLevel").
class FieldHelp
{
    Q_DECLARE_TR_FUNCTIONS(mcs::ui::FieldHelp)

public:
    struct Entry
    {
        QString key;
        QString guideSection; ///< a `{#id}` of docs/guide/*/
        QString tip;          ///< one line, translated
        QString explanation;  ///< a few sentences, translated
    };

    /// Every field with help (tests check each against both guides).
    static QList<Entry> all();
    static std::optional<Entry> find(const QString &key);
    /// Gives `widget` the tooltip and What's This of field `key`, each naming
    /// its guide section, and makes F1 there open that section.
    static void apply(QWidget *widget, const QString &key);
    /// "More in the guide: “Step 1: Basics” (F1)" in the interface language.
    static QString guideReference(const QString &guideSection);
};

} // namespace mcs::ui
