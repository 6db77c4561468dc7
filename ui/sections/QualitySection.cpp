#include "QualitySection.h"

#include "widgets/CleanPlainTextEdit.h"
#include "widgets/CleaningValidator.h"

#include "widgets/BilingualTextEdit.h"
#include "widgets/LineEditText.h"

#include "DisplayNames.h"
#include "SectionForm.h"
#include "checks/AutomaticChecks.h"
#include "documents/DocumentTexts.h"
#include "frameworks/FrameworkLibrary.h"
#include "util/Clock.h"
#include "help/FieldHelp.h"

#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>

namespace mcs::ui {

namespace {

/// "CREBO 25987; CROHO 34560" and back.
QString codesText(const QList<ProgrammeCode> &codes)
{
    QStringList parts;
    for (const ProgrammeCode &code : codes)
        parts.append(QStringLiteral("%1 %2").arg(toCode(code.scheme).toUpper(), code.code));
    return parts.join(QLatin1String("; "));
}

QList<ProgrammeCode> codesFrom(const QString &text)
{
    QList<ProgrammeCode> codes;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        if (words.size() == 2) {
            const std::optional<ProgrammeCodeScheme> scheme = fromCode<ProgrammeCodeScheme>(words.at(0).toLower());
            codes.append({scheme.value_or(ProgrammeCodeScheme::Other), words.at(1)});
        } else if (words.size() == 1 && !words.at(0).isEmpty()) {
            codes.append({ProgrammeCodeScheme::Other, words.at(0)});
        }
    }
    return codes;
}

} // namespace

QualitySection::QualitySection(DesignDocument *designDocument, QWidget *parent) : DesignSection(designDocument, parent)
{
    QFormLayout *form = SectionForm::create(this);
    const QString language = DisplayNames::language();
    QList<std::pair<QString, QString>> frameworks{{QString(), tr("None chosen")}};
    // Withdrawn ones too (marked): a design checked against one keeps it.
    for (const QualityFramework *framework : FrameworkLibrary::all())
        frameworks.append({framework->id, DisplayNames::framework(*framework, language)});
    addChoice(form, tr("&Quality framework"), QStringLiteral("qualityAssurance.frameworkId"), frameworks,
              [](const Microcredential &m) { return m.qualityAssurance.frameworkId; },
              [](Microcredential &m, const QString &id) {
                  m.qualityAssurance.frameworkId = id;
                  const QualityFramework *framework = FrameworkLibrary::find(id);
                  m.qualityAssurance.frameworkVersion = framework ? framework->version : QString();
              });
    addLine(form, tr("E&xamining body"), QStringLiteral("qualityAssurance.examiningBody"),
            [](Microcredential &m) -> QString & { return m.qualityAssurance.examiningBody; })
        ->setPlaceholderText(tr("The designated examencommissie"));
    addText(form, tr("Quality &assurance"), QStringLiteral("qualityAssurance.description"), true,
            [](Microcredential &m) -> LocalizedText & { return m.qualityAssurance.description; });
    addText(form, tr("In&dustry"), QStringLiteral("industry"), false, [](Microcredential &m) -> LocalizedText & { return m.industry; });
    addText(form, tr("&Labour-market value"), QStringLiteral("labourMarketValue"), true,
            [](Microcredential &m) -> LocalizedText & { return m.labourMarketValue; });
    addList(form, tr("Regional &partners"), QStringLiteral("regionalPartners"), QStringLiteral(","),
            [](const Microcredential &m) { return m.regionalPartners; },
            [](Microcredential &m, const QStringList &list) { m.regionalPartners = list; });

    const DocumentTexts names(language);
    addChoice(form, tr("Stac&kability"), QStringLiteral("stackability.kind"),
              {{QString(), tr("Not set")},
               {toCode(StackabilityKind::StandAlone), names(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Stand-alone"))},
               {toCode(StackabilityKind::Stackable), names(QT_TRANSLATE_NOOP("mcs::DocumentTexts", "Stackable"))}},
              [](const Microcredential &m) { return toCode(m.stackability.kind); },
              [](Microcredential &m, const QString &code) { m.stackability.kind = fromCode<StackabilityKind>(code); });
    // A sentence or two each: boxes of two lines that grow, rather than one line that hides the rest.
    addText(form, tr("Stackable &towards"), QStringLiteral("stackability.towards"), true,
            [](Microcredential &m) -> LocalizedText & { return m.stackability.towards; })
        ->setMinimumLines(2);
    addText(form, tr("&Grading"), QStringLiteral("grading"), true, [](Microcredential &m) -> LocalizedText & { return m.grading; })
        ->setMinimumLines(2);

    m_validity = new QSpinBox(this);
    m_validity->setObjectName(QStringLiteral("validityMonthsSpinBox"));
    m_validity->setAccessibleName(tr("Validity in months"));
    m_validity->setRange(0, 1200);
    m_validity->setSpecialValueText(tr("Unlimited"));
    m_validity->setSuffix(tr(" months"));
    form->addRow(tr("&Validity"), m_validity);
    FieldHelp::apply(m_validity, QStringLiteral("validityMonths"));
    connect(m_validity, &QSpinBox::valueChanged, this, [this](int months) {
        document()->edit(QStringLiteral("validityMonths"), tr("Change validity"), [&](Microcredential &m) {
            m.validityMonths = months > 0 ? std::optional<int>(months) : std::nullopt;
        });
    });
    addFocusTarget(QStringLiteral("validityMonths"), [this] { m_validity->setFocus(Qt::OtherFocusReason); });

    QLineEdit *codes = new QLineEdit(this);
    CleaningValidator::attach(codes);
    codes->setObjectName(QStringLiteral("programmeCodesLineEdit"));
    codes->setAccessibleName(tr("Programme codes"));
    codes->setPlaceholderText(tr("For example: CREBO 25987; CROHO 34560"));
    form->addRow(tr("Programme &codes"), codes);
    FieldHelp::apply(codes, QStringLiteral("programmeCodes"));
    connect(codes, &QLineEdit::textEdited, this, [this](const QString &text) {
        document()->edit(QStringLiteral("programmeCodes"), tr("Edit programme codes"),
                         [&](Microcredential &m) { m.programmeCodes = codesFrom(text); });
    });
    addRefresher([this, codes] {
        // Rewrite only when the text says something else (undo, another window), not while it is typed.
        if (codesFrom(codes->text()) != design().programmeCodes) {
            LineEditText::show(codes, codesText(design().programmeCodes));
        }
    });
    addFocusTarget(QStringLiteral("programmeCodes"), [codes] { codes->setFocus(Qt::OtherFocusReason); });

    addText(form, tr("Further &information"), QStringLiteral("furtherInformation"), true,
            [](Microcredential &m) -> LocalizedText & { return m.furtherInformation; });
    addLine(form, tr("&Web page"), QStringLiteral("furtherInformationUrl"),
            [](Microcredential &m) -> QString & { return m.furtherInformationUrl; })
        ->setPlaceholderText(QStringLiteral("https://"));

    m_selfCheck = new QTreeWidget(this);
    m_selfCheck->setObjectName(QStringLiteral("selfCheckTreeWidget"));
    m_selfCheck->setAccessibleName(tr("Self-check against the quality framework"));
    m_selfCheck->setColumnCount(2);
    m_selfCheck->setHeaderLabels({tr("Criterion"), tr("Automatic check")});
    m_selfCheck->setRootIsDecorated(false);
    m_selfCheck->setWordWrap(true);
    m_selfCheck->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_selfCheck->setMinimumHeight(180);
    form->addRow(tr("Self-check"), m_selfCheck);
    FieldHelp::apply(m_selfCheck, QStringLiteral("selfCheck"));
    refresh();
}

QLineEdit *QualitySection::addList(QFormLayout *form, const QString &label, const QString &fieldKey, const QString &separator,
                                   const std::function<QStringList(const Microcredential &)> &read,
                                   const std::function<void(Microcredential &, const QStringList &)> &write)
{
    auto *line = new QLineEdit(this);
    CleaningValidator::attach(line);
    line->setObjectName(fieldKey + QStringLiteral("LineEdit"));
    line->setAccessibleName(QString(label).remove(QLatin1Char('&')));
    line->setPlaceholderText(tr("Separated by commas"));
    form->addRow(label, line);
    FieldHelp::apply(line, fieldKey);
    auto parse = [separator](const QString &text) {
        QStringList items = text.split(separator);
        for (QString &item : items)
            item = item.trimmed();
        items.removeAll(QString());
        return items;
    };
    connect(line, &QLineEdit::textEdited, this, [this, fieldKey, parse, write](const QString &text) {
        const QStringList items = parse(text);
        document()->edit(fieldKey, tr("Edit list"), [&](Microcredential &m) { write(m, items); });
    });
    addRefresher([this, line, read, separator, parse] {
        if (parse(line->text()) != read(design())) {
            LineEditText::show(line, read(design()).join(separator + QLatin1Char(' ')));
        }
    });
    addFocusTarget(fieldKey, [line] { line->setFocus(Qt::OtherFocusReason); });
    return line;
}

void QualitySection::refreshOther()
{
    const Microcredential &mc = design();
    const int months = mc.validityMonths.value_or(0);
    if (m_validity->value() != months) {
        const QSignalBlocker blocker(m_validity);
        m_validity->setValue(months);
    }
    m_selfCheck->clear();
    const QualityFramework *framework = FrameworkLibrary::find(mc.qualityAssurance.frameworkId);
    if (!framework) {
        new QTreeWidgetItem(m_selfCheck, {tr("Choose a quality framework to check the design against it."), QString()});
        return;
    }
    const QString language = DisplayNames::language();
    for (const QualityCriterion &criterion : framework->criteria) {
        if (criterion.checks.isEmpty())
            continue;
        const CheckVerdict verdict = AutomaticChecks::runAll(criterion.checks, mc, Clock::today());
        auto *item = new QTreeWidgetItem(m_selfCheck, {QStringLiteral("%1 %2").arg(criterion.number, criterion.title.preferred(language)),
                                                       verdict.reason});
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (verdict.outcome == CheckVerdict::Outcome::Fail)
            icon = QStyle::SP_MessageBoxCritical;
        else if (verdict.outcome == CheckVerdict::Outcome::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        else if (verdict.outcome == CheckVerdict::Outcome::NotApplicable)
            icon = QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
        item->setToolTip(1, verdict.reason);
    }
}

QString QualitySection::title() const
{
    return tr("Quality and labour market");
}

QString QualitySection::subtitle() const
{
    return tr("The quality framework and examencommissie, labour-market value, stackability and further information.");
}

} // namespace mcs::ui
