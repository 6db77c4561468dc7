#include "OutcomesSection.h"

#include "DisplayNames.h"
#include "documents/DocumentTexts.h"
#include "diagnostics/DesignDiagnostics.h"
#include "linter/VerbLexicon.h"
#include "widgets/BilingualTextEdit.h"
#include "widgets/FindingsView.h"
#include "help/FieldHelp.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {

QString outcomeKey(int index)
{
    return QStringLiteral("learningOutcomes[%1]").arg(index);
}

template<typename E>
void fillChoices(QComboBox *combo, const std::function<QString(const std::optional<E> &)> &name)
{
    combo->addItem(OutcomesSection::tr("Not set"), QString());
    for (const E value : EnumCodes<E>::allValues())
        combo->addItem(name(value), toCode(value));
}

} // namespace

OutcomesSection::OutcomesSection(DesignDocument *designDocument, QWidget *parent) : DesignSection(designDocument, parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter);

    auto *listPane = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Learning outcomes"), listPane);
    m_list = new QListWidget(listPane);
    m_list->setObjectName(QStringLiteral("outcomesListWidget"));
    m_list->setAccessibleName(tr("Learning outcomes"));
    m_list->setWordWrap(true);
    listLabel->setBuddy(m_list);
    FieldHelp::apply(m_list, QStringLiteral("learningOutcomes"));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), listPane);
    add->setObjectName(QStringLiteral("addOutcomePushButton"));
    m_remove = new QPushButton(tr("Re&move"), listPane);
    m_remove->setObjectName(QStringLiteral("removeOutcomePushButton"));
    m_up = new QPushButton(tr("Move &up"), listPane);
    m_down = new QPushButton(tr("Move do&wn"), listPane);
    m_up->setObjectName(QStringLiteral("moveOutcomeUpPushButton"));
    m_down->setObjectName(QStringLiteral("moveOutcomeDownPushButton"));
    for (QPushButton *button : {add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &OutcomesSection::addOutcome);
    connect(m_remove, &QPushButton::clicked, this, &OutcomesSection::removeOutcome);
    connect(m_up, &QPushButton::clicked, this, [this] { moveOutcome(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveOutcome(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row != m_current) {
            m_current = row;
            refreshEditor();
        }
    });

    m_editor = buildEditor();
    splitter->addWidget(listPane);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    refresh();
    if (!design().learningOutcomes.isEmpty())
        selectOutcome(0);
}

QWidget *OutcomesSection::buildEditor()
{
    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const DocumentTexts names(DisplayNames::language());

    m_statement = new BilingualTextEdit(tr("Learning outcome"), BilingualTextEdit::Lines::Multiple, editor);
    m_statement->setObjectName(QStringLiteral("outcomeStatementTextEdit"));
    m_statement->setPlaceholders(QStringLiteral("De deelnemer ... volgens ..."), QStringLiteral("The participant ... according to ..."));
    auto *statementLabel = new QLabel(tr("&Statement"), editor);
    statementLabel->setBuddy(m_statement->dutchEditor());
    form->addRow(statementLabel, m_statement);
    FieldHelp::apply(m_statement, QStringLiteral("learningOutcomes.statement"));
    connect(m_statement, &BilingualTextEdit::edited, this, [this](const LocalizedText &text) {
        const int index = m_current;
        if (index < 0)
            return;
        document()->edit(outcomeKey(index) + QStringLiteral(".statement"), tr("Edit learning outcome %1").arg(index + 1),
                         [&](Microcredential &m) { m.learningOutcomes[index].statement = text; });
    });

    m_domain = new QComboBox(editor);
    m_domain->setObjectName(QStringLiteral("outcomeDomainComboBox"));
    m_domain->setAccessibleName(tr("Domain"));
    fillChoices<OutcomeDomain>(m_domain, [&names](const std::optional<OutcomeDomain> &d) { return names.domain(d); });
    form->addRow(tr("&Domain"), m_domain);
    FieldHelp::apply(m_domain, QStringLiteral("learningOutcomes.domain"));
    connect(m_domain, &QComboBox::activated, this, [this](int i) {
        const int index = m_current;
        const QString code = m_domain->itemData(i).toString();
        if (index >= 0)
            document()->edit(outcomeKey(index) + QStringLiteral(".domain"), tr("Change domain"),
                             [&](Microcredential &m) { m.learningOutcomes[index].domain = fromCode<OutcomeDomain>(code); });
    });

    m_bloom = new QComboBox(editor);
    m_bloom->setObjectName(QStringLiteral("outcomeBloomComboBox"));
    m_bloom->setAccessibleName(tr("Intended Bloom level"));
    fillChoices<BloomLevel>(m_bloom, [&names](const std::optional<BloomLevel> &b) { return names.bloom(b); });
    form->addRow(tr("Intended Bloom le&vel"), m_bloom);
    FieldHelp::apply(m_bloom, QStringLiteral("learningOutcomes.bloomLevel"));
    connect(m_bloom, &QComboBox::activated, this, [this](int i) {
        const int index = m_current;
        const QString code = m_bloom->itemData(i).toString();
        if (index >= 0)
            document()->edit(outcomeKey(index) + QStringLiteral(".bloomLevel"), tr("Change Bloom level"),
                             [&](Microcredential &m) { m.learningOutcomes[index].bloomLevel = fromCode<BloomLevel>(code); });
        m_suggestionLevel->setCurrentIndex(std::max(0, i - 1));
    });

    // Skills (ESCO and other frameworks) come with Europass imports and go out with
    // Europass exports; shown here with their addresses, to follow.
    m_skills = new QLabel(editor);
    m_skills->setObjectName(QStringLiteral("outcomeSkillsLabel"));
    m_skills->setAccessibleName(tr("Linked skills"));
    m_skills->setTextFormat(Qt::RichText);
    m_skills->setOpenExternalLinks(true);
    m_skills->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_skills->setWordWrap(true);
    form->addRow(tr("Linked skills"), m_skills);
    FieldHelp::apply(m_skills, QStringLiteral("learningOutcomes.skills"));

    m_findings = new FindingsView(editor);
    m_findings->setObjectName(QStringLiteral("outcomeFindingsTreeWidget"));
    m_findings->setEmptyText(tr("Well written: one observable action, with its context."));
    m_findings->setMaximumHeight(140);
    form->addRow(tr("Findings"), m_findings);
    FieldHelp::apply(m_findings, QStringLiteral("learningOutcomes.findings"));
    connect(m_findings, &FindingsView::fieldActivated, this, [this](const QString &path) { focusField(path); });

    m_suggestions = buildSuggestions();
    form->addRow(tr("Verbs"), m_suggestions);
    FieldHelp::apply(m_suggestions, QStringLiteral("learningOutcomes.verbs"));
    return editor;
}

QWidget *OutcomesSection::buildSuggestions()
{
    auto *box = new QWidget(this);
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_suggestionLevel = new QComboBox(box);
    m_suggestionLevel->setObjectName(QStringLiteral("suggestionLevelComboBox"));
    m_suggestionLevel->setAccessibleName(tr("Bloom level of the suggested verbs"));
    const DocumentTexts names(DisplayNames::language());
    for (const BloomLevel level : EnumCodes<BloomLevel>::allValues())
        m_suggestionLevel->addItem(names.bloom(level), toCode(level));
    m_dutchVerbs = new QListWidget(box);
    m_dutchVerbs->setObjectName(QStringLiteral("dutchVerbsListWidget"));
    m_dutchVerbs->setAccessibleName(tr("Dutch verbs at this level; Enter inserts one"));
    m_englishVerbs = new QListWidget(box);
    m_englishVerbs->setObjectName(QStringLiteral("englishVerbsListWidget"));
    m_englishVerbs->setAccessibleName(tr("English verbs at this level; Enter inserts one"));
    for (QListWidget *list : {m_dutchVerbs, m_englishVerbs}) {
        list->setFlow(QListView::LeftToRight);
        list->setWrapping(true);
        list->setMaximumHeight(list->fontMetrics().lineSpacing() * 4);
    }
    layout->addWidget(new QLabel(tr("Suggested verbs at level"), box), 0, 0);
    layout->addWidget(m_suggestionLevel, 0, 1);
    layout->addWidget(m_dutchVerbs, 1, 0);
    layout->addWidget(m_englishVerbs, 1, 1);
    connect(m_suggestionLevel, &QComboBox::currentIndexChanged, this, &OutcomesSection::refreshSuggestions);
    connect(m_dutchVerbs, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertVerb(item->text(), QStringLiteral("nl")); });
    connect(m_englishVerbs, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insertVerb(item->text(), QStringLiteral("en")); });
    refreshSuggestions();
    return box;
}

void OutcomesSection::refreshSuggestions()
{
    const std::optional<BloomLevel> level = fromCode<BloomLevel>(m_suggestionLevel->currentData().toString());
    if (!level)
        return;
    m_dutchVerbs->clear();
    m_englishVerbs->clear();
    m_dutchVerbs->addItems(VerbLexicon::builtIn(QStringLiteral("nl")).verbsAtLevel(*level, 12));
    m_englishVerbs->addItems(VerbLexicon::builtIn(QStringLiteral("en")).verbsAtLevel(*level, 12));
}

void OutcomesSection::insertVerb(const QString &verb, const QString &language)
{
    if (m_current < 0 || isReadOnly())
        return;
    auto *editor = static_cast<QPlainTextEdit *>(language == QLatin1String("nl") ? m_statement->dutchEditor()
                                                                                 : m_statement->englishEditor());
    editor->insertPlainText(verb + QLatin1Char(' ')); // goes through edited() like typing
    editor->setFocus(Qt::OtherFocusReason);
}

void OutcomesSection::refreshOther()
{
    refreshList();
    refreshEditor();
}

void OutcomesSection::refreshList()
{
    const QList<LearningOutcome> &outcomes = design().learningOutcomes;
    const QSignalBlocker blocker(m_list);
    while (m_list->count() > outcomes.size())
        delete m_list->takeItem(m_list->count() - 1);
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const QString statement = outcomes.at(i).statement.preferred(DisplayNames::language()).simplified();
        const QString text = QStringLiteral("%1. %2").arg(i + 1).arg(statement.isEmpty() ? tr("(not written yet)") : statement);
        if (i < m_list->count())
            m_list->item(int(i))->setText(text);
        else
            m_list->addItem(text);
    }
    if (m_current >= outcomes.size())
        m_current = int(outcomes.size()) - 1;
    m_list->setCurrentRow(m_current);
}

void OutcomesSection::refreshEditor()
{
    const QList<LearningOutcome> &outcomes = design().learningOutcomes;
    const bool valid = m_current >= 0 && m_current < outcomes.size();
    m_editor->setEnabled(valid);
    const bool editable = valid && !isReadOnly();
    m_remove->setEnabled(editable);
    m_up->setEnabled(editable && m_current > 0);
    m_down->setEnabled(editable && m_current + 1 < outcomes.size());
    // Suggested verbs are for writing: an approved version does without them.
    if (auto *form = qobject_cast<QFormLayout *>(m_editor->layout()))
        form->setRowVisible(m_suggestions, !isReadOnly());
    if (!valid) {
        m_statement->setText({});
        m_findings->setDiagnostics({});
        return;
    }
    const LearningOutcome &outcome = outcomes.at(m_current);
    m_statement->setText(outcome.statement);
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(toCode(outcome.domain))));
    m_bloom->setCurrentIndex(std::max(0, m_bloom->findData(toCode(outcome.bloomLevel))));
    QStringList skills;
    for (const SkillLink &skill : outcome.skills) {
        const QString address = skill.uri.toHtmlEscaped();
        const bool web = skill.uri.startsWith(QLatin1String("https://")) || skill.uri.startsWith(QLatin1String("http://"));
        const QString name = (skill.label.isEmpty() ? skill.uri : skill.label).toHtmlEscaped();
        skills.append(web ? QStringLiteral("<a href=\"%1\">%2</a>").arg(address, name) : name);
    }
    m_skills->setText(skills.join(QStringLiteral("<br>")));
    if (auto *form = qobject_cast<QFormLayout *>(m_editor->layout()))
        form->setRowVisible(m_skills, !outcome.skills.isEmpty());
    // The suggested verbs follow the outcome's level ("Not set" is item 0) when
    // another outcome or level comes up, not at every keystroke: a level the
    // user picked to browse stays while they type.
    const std::pair<int, std::optional<BloomLevel>> shown{m_current, outcome.bloomLevel};
    if (outcome.bloomLevel && shown != m_suggestionsShownFor)
        m_suggestionLevel->setCurrentIndex(m_bloom->currentIndex() - 1);
    m_suggestionsShownFor = shown;

    // The linter, as the team types.
    const QList<Diagnostic> findings = DesignDiagnostics::outcomeFindings(design(), m_current);
    m_findings->setDiagnostics(findings);
}

void OutcomesSection::selectOutcome(int index)
{
    m_current = index;
    refreshList();
    refreshEditor();
}

void OutcomesSection::addOutcome()
{
    const int index = int(design().learningOutcomes.size());
    document()->edit(QString(), tr("Add learning outcome"), [](Microcredential &m) {
        LearningOutcome outcome;
        outcome.id = Microcredential::newId();
        m.learningOutcomes.append(outcome);
    });
    selectOutcome(index);
    m_statement->focusLanguage(QStringLiteral("nl"));
}

void OutcomesSection::removeOutcome()
{
    const int index = m_current;
    if (index < 0)
        return;
    document()->edit(QString(), tr("Remove learning outcome %1").arg(index + 1), [index](Microcredential &m) {
        const QString id = m.learningOutcomes.at(index).id;
        m.learningOutcomes.removeAt(index);
        // Assessments no longer assess what is gone.
        for (Assessment &a : m.assessments)
            a.learningOutcomeIds.removeAll(id);
    });
    selectOutcome(std::min(index, int(design().learningOutcomes.size()) - 1));
}

void OutcomesSection::moveOutcome(int delta)
{
    const int from = m_current;
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= design().learningOutcomes.size())
        return;
    document()->edit(QString(), tr("Move learning outcome"), [from, to](Microcredential &m) { m.learningOutcomes.move(from, to); });
    selectOutcome(to);
}

bool OutcomesSection::focusField(const QString &fieldPath)
{
    static const QRegularExpression pattern(QStringLiteral("^learningOutcomes\\[(\\d+)\\](?:\\.(\\w+)(?:\\.(nl|en))?)?"));
    const QRegularExpressionMatch match = pattern.match(fieldPath);
    if (!match.hasMatch()) {
        if (fieldPath.startsWith(QLatin1String("learningOutcomes"))) {
            m_list->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    }
    const int index = match.captured(1).toInt();
    if (index >= design().learningOutcomes.size())
        return false;
    selectOutcome(index);
    const QString field = match.captured(2);
    if (field == QLatin1String("domain"))
        m_domain->setFocus(Qt::OtherFocusReason);
    else if (field == QLatin1String("bloomLevel"))
        m_bloom->setFocus(Qt::OtherFocusReason);
    else
        m_statement->focusLanguage(match.captured(3).isEmpty() ? QStringLiteral("nl") : match.captured(3));
    return true;
}

QString OutcomesSection::title() const
{
    return tr("Learning outcomes");
}

QString OutcomesSection::subtitle() const
{
    return tr("One observable action per outcome, with its object and the context or standard.");
}

} // namespace mcs::ui
