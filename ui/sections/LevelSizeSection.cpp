#include "LevelSizeSection.h"

#include "widgets/CleanPlainTextEdit.h"
#include "widgets/CleaningValidator.h"

#include "widgets/LineEditText.h"

#include "DisplayNames.h"
#include "SectionForm.h"
#include "documents/DocumentTexts.h"
#include "levels/LevelFrameworks.h"
#include "model/StudyLoad.h"
#include "help/FieldHelp.h"
#include "util/IsoDuration.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBrowser>

#include <cmath>

namespace mcs::ui {

namespace {

QString descriptorHtml(const LevelDescriptor *level, const QString &language, const QString &empty)
{
    if (!level)
        return QStringLiteral("<p style='color:#777'>%1</p>").arg(empty.toHtmlEscaped());
    auto row = [&](const QString &label, const LocalizedText &text) {
        return text.isEmpty() ? QString()
                              : QStringLiteral("<p><b>%1</b><br>%2</p>").arg(label.toHtmlEscaped(), text.preferred(language).toHtmlEscaped());
    };
    return QStringLiteral("<h4>%1</h4>").arg(level->title.preferred(language).toHtmlEscaped())
           + row(LevelSizeSection::tr("Context"), level->context)
           + row(LevelSizeSection::tr("Knowledge"), level->knowledge) + row(LevelSizeSection::tr("Skills"), level->skills)
           + row(LevelSizeSection::tr("Responsibility and autonomy"), level->responsibilityAutonomy);
}

QTextBrowser *descriptorView(QWidget *parent, const QString &name, const QString &objectName)
{
    auto *view = new QTextBrowser(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setOpenLinks(false);
    view->setMinimumHeight(150);
    return view;
}

} // namespace

LevelSizeSection::LevelSizeSection(DesignDocument *designDocument, QWidget *parent) : DesignSection(designDocument, parent)
{
    QFormLayout *form = SectionForm::create(this);
    const LevelFrameworks &levels = LevelFrameworks::builtIn();
    const QString language = DisplayNames::language();
    const DocumentTexts names(language);

    QList<std::pair<QString, QString>> eqf{{QString(), tr("Not set")}};
    for (const LevelDescriptor &level : levels.eqfLevels())
        eqf.append({level.code, level.title.preferred(language)});
    addChoice(form, tr("E&QF level"), QStringLiteral("eqfLevel"), eqf,
              [](const Microcredential &m) { return m.eqfLevel ? QString::number(*m.eqfLevel) : QString(); },
              [](Microcredential &m, const QString &code) {
                  m.eqfLevel = code.isEmpty() ? std::nullopt : std::optional<int>(code.toInt());
              });
    QList<std::pair<QString, QString>> nlqf{{QString(), tr("Not set")}};
    for (const LevelDescriptor &level : levels.nlqfLevels())
        nlqf.append({level.code, level.title.preferred(language)});
    addChoice(form, tr("NLQF le&vel"), QStringLiteral("nlqfLevel"), nlqf,
              [](const Microcredential &m) { return toCode(m.nlqfLevel); },
              [](Microcredential &m, const QString &code) {
                  m.nlqfLevel = fromCode<NlqfLevel>(code);
                  // Choosing an NLQF level fills in the EQF level it corresponds to.
                  if (m.nlqfLevel && !m.eqfLevel)
                      m.eqfLevel = LevelFrameworks::builtIn().eqfForNlqf(*m.nlqfLevel);
              });

    addLine(form, tr("Level in &another framework"), QStringLiteral("foreignLevel"),
            [](Microcredential &m) -> QString & { return m.foreignLevel; })
        ->setPlaceholderText(tr("Another country's level, as its framework names it, e.g. DQR Level 5"));

    auto *descriptors = new QWidget(this);
    auto *grid = new QGridLayout(descriptors);
    grid->setContentsMargins(0, 0, 0, 0);
    m_eqfDescriptor = descriptorView(descriptors, tr("EQF level descriptor"), QStringLiteral("eqfDescriptorTextBrowser"));
    m_nlqfDescriptor = descriptorView(descriptors, tr("NLQF level descriptor"), QStringLiteral("nlqfDescriptorTextBrowser"));
    grid->addWidget(m_eqfDescriptor, 0, 0);
    grid->addWidget(m_nlqfDescriptor, 0, 1);
    form->addRow(tr("Level descriptors"), descriptors);

    m_hours = new QSpinBox(this);
    m_hours->setObjectName(QStringLiteral("studyLoadHoursSpinBox"));
    m_hours->setAccessibleName(tr("Study load in hours"));
    m_hours->setRange(0, 100000);
    m_hours->setSingleStep(28);
    m_hours->setSuffix(tr(" hours"));
    m_loadSummary = new QLabel(this);
    m_loadSummary->setObjectName(QStringLiteral("studyLoadSummaryLabel"));
    m_loadSummary->setWordWrap(true);
    auto *load = new QWidget(this);
    auto *loadLayout = new QHBoxLayout(load);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    loadLayout->addWidget(m_hours);
    loadLayout->addWidget(m_loadSummary, 1);
    form->addRow(tr("Study &load"), load);
    FieldHelp::apply(m_hours, QStringLiteral("studyLoadHours"));
    static_cast<QLabel *>(form->labelForField(load))->setBuddy(m_hours);
    connect(m_hours, &QSpinBox::valueChanged, this, [this](int hours) {
        document()->edit(QStringLiteral("studyLoadHours"), tr("Change study load"), [&](Microcredential &m) { m.studyLoadHours = hours; });
    });
    addFocusTarget(QStringLiteral("studyLoadHours"), [this] { m_hours->setFocus(Qt::OtherFocusReason); });

    QList<std::pair<QString, QString>> participation{{QString(), tr("Not set")}};
    for (const Participation p : EnumCodes<Participation>::allValues())
        participation.append({toCode(p), names.participation(p)});
    addChoice(form, tr("Form of &participation"), QStringLiteral("participation"), participation,
              [](const Microcredential &m) { return toCode(m.participation); },
              [](Microcredential &m, const QString &code) { m.participation = fromCode<Participation>(code); });

    QList<std::pair<QString, QString>> settings{{QString(), tr("Not stated")}};
    for (const LearningSetting setting : EnumCodes<LearningSetting>::allValues())
        settings.append({toCode(setting), names.learningSetting(setting)});
    addChoice(form, tr("Learning se&tting"), QStringLiteral("learningSetting"), settings,
              [](const Microcredential &m) { return toCode(m.learningSetting); },
              [](Microcredential &m, const QString &code) { m.learningSetting = fromCode<LearningSetting>(code); });
    const QList<std::pair<QString, QString>> partial{{QString(), tr("Not stated")},
                                                     {QStringLiteral("no"), names.partialQualification(false)},
                                                     {QStringLiteral("yes"), names.partialQualification(true)}};
    addChoice(form, tr("Pa&rt of a larger qualification"), QStringLiteral("partialQualification"), partial,
              [](const Microcredential &m) {
                  return m.partialQualification ? (*m.partialQualification ? QStringLiteral("yes") : QStringLiteral("no")) : QString();
              },
              [](Microcredential &m, const QString &code) {
                  m.partialQualification = code.isEmpty() ? std::nullopt : std::optional<bool>(code == QLatin1String("yes"));
              });
    addDurationField(form);

    auto *languages = new QLineEdit(this);
    CleaningValidator::attach(languages);
    languages->setObjectName(QStringLiteral("instructionLanguagesLineEdit"));
    languages->setAccessibleName(tr("Languages of instruction"));
    languages->setPlaceholderText(tr("Language codes, e.g. nl, en"));
    form->addRow(tr("Lan&guages of instruction"), languages);
    FieldHelp::apply(languages, QStringLiteral("instructionLanguages"));
    auto parse = [](const QString &text) {
        QStringList codes;
        for (const QString &part : text.split(QLatin1Char(','))) {
            const QString code = part.trimmed().toLower();
            if (code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter() && !codes.contains(code))
                codes.append(code);
        }
        return codes;
    };
    connect(languages, &QLineEdit::textEdited, this, [this, parse](const QString &text) {
        const QStringList codes = parse(text);
        document()->edit(QStringLiteral("instructionLanguages"), tr("Edit languages of instruction"),
                         [&](Microcredential &m) { m.instructionLanguages = codes; });
    });
    addRefresher([this, languages, parse] {
        // Rewrite only when the text says something else (undo), not while it is typed.
        if (parse(languages->text()) != design().instructionLanguages) {
            LineEditText::show(languages, design().instructionLanguages.join(QLatin1String(", ")));
        }
    });
    addFocusTarget(QStringLiteral("instructionLanguages"), [languages] { languages->setFocus(Qt::OtherFocusReason); });
    refresh();
}

void LevelSizeSection::addDurationField(QFormLayout *form)
{
    // A calendar duration, never study hours: a number and a unit, written as ISO 8601.
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_durationAmount = new QSpinBox(box);
    m_durationAmount->setObjectName(QStringLiteral("maximumDurationSpinBox"));
    m_durationAmount->setAccessibleName(tr("Maximum duration"));
    m_durationAmount->setRange(0, 999);
    m_durationAmount->setSpecialValueText(tr("Not stated"));
    m_durationUnit = new QComboBox(box);
    m_durationUnit->setObjectName(QStringLiteral("maximumDurationUnitComboBox"));
    m_durationUnit->setAccessibleName(tr("Unit of the maximum duration"));
    m_durationUnit->addItem(tr("days"), QStringLiteral("D"));
    m_durationUnit->addItem(tr("weeks"), QStringLiteral("W"));
    m_durationUnit->addItem(tr("months"), QStringLiteral("M"));
    m_durationUnit->addItem(tr("years"), QStringLiteral("Y"));
    m_durationUnit->setCurrentIndex(2);
    m_durationText = new QLabel(box);
    m_durationText->setObjectName(QStringLiteral("maximumDurationLabel"));
    layout->addWidget(m_durationAmount);
    layout->addWidget(m_durationUnit);
    layout->addWidget(m_durationText, 1);
    form->addRow(tr("Maximum &duration"), box);
    static_cast<QLabel *>(form->labelForField(box))->setBuddy(m_durationAmount);
    FieldHelp::apply(m_durationAmount, QStringLiteral("maximumDuration"));
    FieldHelp::apply(m_durationUnit, QStringLiteral("maximumDuration"));
    const auto changed = [this] {
        const int amount = m_durationAmount->value();
        const QString iso = amount > 0 ? QStringLiteral("P%1%2").arg(amount).arg(m_durationUnit->currentData().toString()) : QString();
        document()->edit(QStringLiteral("maximumDuration"), tr("Change maximum duration"), [&](Microcredential &m) { m.maximumDuration = iso; });
    };
    connect(m_durationAmount, &QSpinBox::valueChanged, this, changed);
    connect(m_durationUnit, &QComboBox::currentIndexChanged, this, changed);
    addFocusTarget(QStringLiteral("maximumDuration"), [this] { m_durationAmount->setFocus(Qt::OtherFocusReason); });
}

void LevelSizeSection::refreshDuration()
{
    const QString iso = design().maximumDuration;
    const std::optional<IsoDuration> d = IsoDuration::parse(iso);
    int amount = 0;
    QString unit = m_durationUnit->currentData().toString();
    if (d && d->isTimeOnly() == false && d->weeks == 0 && d->days == 0 && d->years * 12 + d->months == std::floor(d->years * 12 + d->months)) {
        // Years and months: whole years stay years, anything else is counted in months.
        const int months = int(d->years * 12 + d->months);
        amount = months % 12 == 0 ? months / 12 : months;
        unit = months % 12 == 0 ? QStringLiteral("Y") : QStringLiteral("M");
    } else if (d && d->years == 0 && d->months == 0 && d->isTimeOnly() == false && d->timeHours() == 0
               && d->weeks == std::floor(d->weeks) && d->days == std::floor(d->days)) {
        amount = d->days == 0 ? int(d->weeks) : int(d->weeks * 7 + d->days);
        unit = d->days == 0 ? QStringLiteral("W") : QStringLiteral("D");
    }
    const QSignalBlocker amountBlocker(m_durationAmount);
    const QSignalBlocker unitBlocker(m_durationUnit);
    m_durationAmount->setValue(amount);
    m_durationUnit->setCurrentIndex(m_durationUnit->findData(unit));
    // A duration the fields cannot show (hours, mixed units) is named here and kept until changed.
    const bool shown = iso.isEmpty() || (amount > 0 && QStringLiteral("P%1%2").arg(amount).arg(unit) == iso);
    m_durationText->setText(shown ? QString() : tr("Now: %1 (%2)").arg(DisplayNames::duration(iso), iso));
}

void LevelSizeSection::refreshOther()
{
    const Microcredential &mc = design();
    const LevelFrameworks &levels = LevelFrameworks::builtIn();
    const QString language = DisplayNames::language();
    m_eqfDescriptor->setHtml(descriptorHtml(mc.eqfLevel ? levels.eqf(*mc.eqfLevel) : nullptr, language, tr("Choose an EQF level.")));
    m_nlqfDescriptor->setHtml(descriptorHtml(mc.nlqfLevel ? levels.nlqf(*mc.nlqfLevel) : nullptr, language, tr("Choose an NLQF level.")));
    refreshDuration();
    if (m_hours->value() != mc.studyLoadHours) {
        const QSignalBlocker blocker(m_hours);
        m_hours->setValue(mc.studyLoadHours);
    }
    QString guideline;
    if (mc.sector == Sector::Mbo)
        guideline = tr("mbo guideline: at least 240 SBU.");
    else if (mc.sector == Sector::Hbo || mc.sector == Sector::Wo)
        guideline = tr("hbo/wo guideline: 3 to 30 EC (84 to 840 hours).");
    m_loadSummary->setText(tr("= %1 SBU · %2 EC. %3").arg(mc.studyLoadHours).arg(StudyLoad::ecText(mc.studyLoadHours)).arg(guideline));
}

QString LevelSizeSection::title() const
{
    return tr("Level and size");
}

QString LevelSizeSection::subtitle() const
{
    return tr("The level in the EQF and the NLQF, the study load, and how learners take part.");
}

} // namespace mcs::ui
