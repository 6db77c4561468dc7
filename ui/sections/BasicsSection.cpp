#include "BasicsSection.h"

#include "widgets/CleanPlainTextEdit.h"
#include "widgets/CleaningValidator.h"

#include "widgets/LineEditText.h"

#include "DisplayNames.h"
#include "SectionForm.h"
#include "documents/DocumentTexts.h"
#include "help/FieldHelp.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

namespace mcs::ui {

BasicsSection::BasicsSection(DesignDocument *designDocument, QWidget *parent) : DesignSection(designDocument, parent)
{
    QFormLayout *form = SectionForm::create(this);
    const DocumentTexts names(DisplayNames::language());
    addText(form, tr("&Title"), QStringLiteral("title"), false, [](Microcredential &m) -> LocalizedText & { return m.title; });
    addText(form, tr("&Summary"), QStringLiteral("summary"), true, [](Microcredential &m) -> LocalizedText & { return m.summary; });
    QList<std::pair<QString, QString>> sectors;
    for (const Sector sector : EnumCodes<Sector>::allValues())
        sectors.append({toCode(sector), names.sector(sector)});
    addChoice(form, tr("Se&ctor"), QStringLiteral("sector"), sectors,
              [](const Microcredential &m) { return toCode(m.sector); },
              [](Microcredential &m, const QString &code) { m.sector = fromCode<Sector>(code).value_or(Sector::Other); });
    addLine(form, tr("Awarding &institution"), QStringLiteral("institution.name"),
            [](Microcredential &m) -> QString & { return m.institution.name; });
    addLine(form, tr("BRIN or other i&dentifier"), QStringLiteral("institution.identifier"),
            [](Microcredential &m) -> QString & { return m.institution.identifier; });
    QLineEdit *country = addLine(form, tr("Countr&y (ISO code)"), QStringLiteral("institution.country"),
                                 [](Microcredential &m) -> QString & { return m.institution.country; });
    country->setMaxLength(2);
    country->setInputMask(QStringLiteral(">AA;"));
    addLine(form, tr("&Region"), QStringLiteral("institution.region"),
            [](Microcredential &m) -> QString & { return m.institution.region; });

    auto *authors = new QLineEdit(this);
    CleaningValidator::attach(authors);
    authors->setObjectName(QStringLiteral("authorsLineEdit"));
    authors->setAccessibleName(tr("Authors"));
    authors->setPlaceholderText(tr("Names, separated by commas"));
    form->addRow(tr("&Authors"), authors);
    FieldHelp::apply(authors, QStringLiteral("authors"));
    connect(authors, &QLineEdit::textEdited, this, [this](const QString &text) {
        QStringList people = text.split(QLatin1Char(','));
        for (QString &name : people)
            name = name.trimmed();
        people.removeAll(QString());
        document()->edit(QStringLiteral("authors"), tr("Edit authors"), [&](Microcredential &m) { m.authors = people; });
    });
    addRefresher([this, authors] {
        // Keep what the user is typing ("Anna, ") when it means the same list.
        QStringList shown = authors->text().split(QLatin1Char(','));
        for (QString &name : shown)
            name = name.trimmed();
        shown.removeAll(QString());
        if (shown != design().authors) {
            LineEditText::show(authors, design().authors.join(QLatin1String(", ")));
        }
    });
    addFocusTarget(QStringLiteral("authors"), [authors] { authors->setFocus(Qt::OtherFocusReason); });
    refresh();
}

QString BasicsSection::title() const
{
    return tr("Basics");
}

QString BasicsSection::subtitle() const
{
    return tr("What the microcredential is called, what it is about, and who awards it.");
}

} // namespace mcs::ui
