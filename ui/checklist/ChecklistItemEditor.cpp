#include "ChecklistItemEditor.h"

#include "widgets/CleanPlainTextEdit.h"
#include "widgets/CleaningValidator.h"

#include "ChecklistTableModel.h"
#include "util/Clock.h"
#include "documents/DocumentTexts.h"
#include "documents/SafeTextDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return; // the user's own typing coming back: keep cursor and selection
    const QSignalBlocker blocker(edit);
    edit->setPlainText(text);
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ChecklistItemEditor::ChecklistItemEditor(QWidget *parent)
    : QWidget(parent)
{
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("criterionTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);

    m_descriptionBrowser = new QTextBrowser(this);
    m_descriptionBrowser->setObjectName(QStringLiteral("descriptionTextBrowser"));
    // Framework files may come from anywhere: their text never loads a resource.
    m_descriptionBrowser->setDocument(new SafeTextDocument(m_descriptionBrowser));
    m_descriptionBrowser->setOpenLinks(false);
    m_descriptionBrowser->setTabChangesFocus(true);
    m_descriptionBrowser->setAccessibleName(tr("Criterion and guidance"));
    // Room for the usual criterion; longer ones scroll so that the fields stay in view.
    m_descriptionBrowser->setMinimumHeight(m_descriptionBrowser->fontMetrics().lineSpacing() * 6);
    m_descriptionBrowser->setMaximumHeight(m_descriptionBrowser->fontMetrics().lineSpacing() * 10);

    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_verdictLabel->setTextFormat(Qt::PlainText);
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->setAccessibleName(tr("Status"));
    for (const CriterionStatus status : EnumCodes<CriterionStatus>::allValues())
        m_statusCombo->addItem(QString(), int(status));
    setStatusNames(QStringLiteral("en"));
    // activated: only the user's choice is an edit, never a refresh of the pane.
    connect(m_statusCombo, &QComboBox::activated, this, [this](int index) {
        Q_EMIT statusEdited(CriterionStatus(m_statusCombo->itemData(index).toInt()));
    });

    m_responsibleEdit = new QLineEdit(this);
    CleaningValidator::attach(m_responsibleEdit);
    m_responsibleEdit->setObjectName(QStringLiteral("responsibleLineEdit"));
    m_responsibleEdit->setAccessibleName(tr("Responsible"));
    m_responsibleEdit->setPlaceholderText(tr("Person responsible for this criterion"));
    connect(m_responsibleEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        Q_EMIT textEdited(QStringLiteral("responsible"), text);
    });

    m_evidenceEdit = makeTextEdit(QStringLiteral("evidencePlainTextEdit"), tr("Evidence"),
                                  QStringLiteral("evidence"), 4);
    m_evidenceEdit->setPlaceholderText(tr("What shows that the design meets this criterion"));
    m_linksEdit = new CleanPlainTextEdit(this);
    m_linksEdit->setObjectName(QStringLiteral("linksPlainTextEdit"));
    m_linksEdit->setAccessibleName(tr("Evidence links"));
    m_linksEdit->setPlaceholderText(tr("One link per line"));
    m_linksEdit->setTabChangesFocus(true);
    m_linksEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_linksEdit->setFixedHeight(m_linksEdit->fontMetrics().lineSpacing() * 4);
    connect(m_linksEdit, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT linksEdited(parseLinks(m_linksEdit->toPlainText())); });
    m_commentEdit = makeTextEdit(QStringLiteral("reviewerCommentPlainTextEdit"),
                                 tr("Reviewer's comment"), QStringLiteral("reviewerComment"), 3);

    // Criteria about the institution: its evidence, recorded once, and whether
    // this design gives its own instead.
    m_institutionLabel = new QLabel(this);
    m_institutionLabel->setObjectName(QStringLiteral("institutionEvidenceLabel"));
    m_institutionLabel->setTextFormat(Qt::RichText);
    m_institutionLabel->setWordWrap(true);
    m_institutionLabel->setOpenExternalLinks(false);
    m_institutionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_institutionLabel->setAccessibleName(tr("Institution evidence"));
    m_ownEvidenceCheck = new QCheckBox(tr("This design gives its o&wn evidence"), this);
    m_ownEvidenceCheck->setObjectName(QStringLiteral("ownEvidenceCheckBox"));
    m_ownEvidenceCheck->setToolTip(tr("Instead of the evidence the institution recorded once for all its designs"));
    connect(m_ownEvidenceCheck, &QCheckBox::clicked, this, &ChecklistItemEditor::ownEvidenceEdited);

    m_reviewedLabel = new QLabel(this);
    m_reviewedLabel->setObjectName(QStringLiteral("reviewedLabel"));
    m_reviewedLabel->setTextFormat(Qt::PlainText);
    m_reviewedLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Automatic check"), m_verdictLabel);
    form->addRow(tr("&Status"), m_statusCombo);
    form->addRow(tr("&Responsible"), m_responsibleEdit);
    m_institutionCaption = new QLabel(tr("Institution evidence"), this);
    form->addRow(m_institutionCaption, m_institutionLabel);
    form->addRow(QString(), m_ownEvidenceCheck);
    form->addRow(tr("&Evidence"), m_evidenceEdit);
    form->addRow(tr("&Links"), m_linksEdit);
    form->addRow(tr("Reviewer's co&mment"), m_commentEdit);
    form->addRow(QString(), m_reviewedLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_descriptionBrowser);
    layout->addLayout(form);
    layout->addStretch(1);
    showNothing();
}

QPlainTextEdit *ChecklistItemEditor::makeTextEdit(const QString &name, const QString &spokenName,
                                                  const QString &field, int lines)
{
    auto *edit = new CleanPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(spokenName);
    edit->setTabChangesFocus(true); // keyboard users move on with Tab
    // Tall enough to write in, short enough that every field fits the pane on 720 pixels.
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 2));
    connect(edit, &QPlainTextEdit::textChanged, this,
            [this, edit, field] { Q_EMIT textEdited(field, edit->toPlainText()); });
    return edit;
}

void ChecklistItemEditor::setStatusNames(const QString &language)
{
    m_language = language;
    const DocumentTexts texts(language);
    for (int i = 0; i < m_statusCombo->count(); ++i)
        m_statusCombo->setItemText(
            i, texts.criterionStatus(CriterionStatus(m_statusCombo->itemData(i).toInt())));
}

void ChecklistItemEditor::showCriterion(const QualityCriterion &criterion,
                                        const ChecklistItem *item, const CheckVerdict &verdict,
                                        const QString &language,
                                        const std::optional<InstitutionEvidence> &institution, bool copied)
{
    if (language != m_language)
        setStatusNames(language);
    setEditorsEnabled(true);
    m_titleLabel->setText(
        QStringLiteral("%1 · %2").arg(criterion.number, criterion.title.preferred(language)));

    QString html =
        QStringLiteral("<p>%1</p>").arg(escaped(criterion.description.preferred(language)));
    const QString guidance = criterion.evidence.preferred(language);
    // Our guidance, apart from the criterion's own words.
    if (!guidance.trimmed().isEmpty())
        html += QStringLiteral("<hr><p><b>%1</b> <i>%2</i><br>%3</p>")
                    .arg(tr("Guidance").toHtmlEscaped(), tr("(advice of Microcredential Studio, not the framework's text)").toHtmlEscaped(),
                         escaped(guidance));
    m_descriptionBrowser->setHtml(html);

    const QString verdictText = ChecklistTableModel::verdictText(criterion, verdict);
    m_verdictLabel->setText(criterion.checks.isEmpty() || verdict.reason.isEmpty()
                                ? verdictText
                                : QStringLiteral("%1. %2").arg(verdictText, verdict.reason));

    const ChecklistItem empty{};
    const ChecklistItem &record = item ? *item : empty;
    showInstitution(criterion, record, institution, copied);
    {
        const QSignalBlocker blocker(m_statusCombo);
        m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(record.status)));
    }
    if (m_responsibleEdit->text() != record.responsible)
        m_responsibleEdit->setText(record.responsible);
    setPlainText(m_evidenceEdit, record.evidence);
    // Blank lines the user is typing between links are not stored; keep them on screen.
    if (parseLinks(m_linksEdit->toPlainText()) != record.evidenceLinks)
        setPlainText(m_linksEdit, record.evidenceLinks.join(QLatin1Char('\n')));
    setPlainText(m_commentEdit, record.reviewerComment);
    m_reviewedLabel->setText(
        record.reviewedBy.isEmpty()
            ? QString()
            : tr("Reviewed by %1 on %2").arg(record.reviewedBy, when(record.reviewedAt)));
}

void ChecklistItemEditor::showInstitution(const QualityCriterion &criterion, const ChecklistItem &record,
                                          const std::optional<InstitutionEvidence> &institution, bool copied)
{
    const bool aboutInstitution = criterion.concernsInstitution;
    m_institutionCaption->setVisible(aboutInstitution);
    m_institutionLabel->setVisible(aboutInstitution);
    m_ownEvidenceCheck->setVisible(aboutInstitution);
    m_ownEvidenceCheck->setChecked(record.ownEvidence);
    // While the design inherits, its own evidence fields wait for the box.
    const bool inherits = aboutInstitution && !record.ownEvidence && institution.has_value();
    m_evidenceEdit->setEnabled(!inherits);
    m_linksEdit->setEnabled(!inherits);
    if (!aboutInstitution)
        return;
    if (!institution) {
        m_institutionLabel->setText(tr("The institution has recorded no evidence for this criterion (Review > Institutions); "
                                       "the design's own evidence counts.").toHtmlEscaped());
        return;
    }
    QString html = escaped(institution->text);
    for (const QString &link : institution->links)
        html += QStringLiteral("<br>") + link.toHtmlEscaped();
    QString stamp = tr("Recorded by %1 on %2").arg(institution->recordedBy, when(institution->recordedAt));
    if (institution->validUntil.isValid()) {
        const QString until = QLocale().toString(institution->validUntil, QLocale::ShortFormat);
        stamp += QStringLiteral("; ") + (institution->expiredOn(Clock::today()) ? tr("was valid until %1: needs review").arg(until)
                                                                                : tr("valid until %1").arg(until));
    }
    if (copied)
        stamp += QStringLiteral(". ") + tr("As copied at approval.");
    const bool expired = institution->expiredOn(Clock::today());
    html += QStringLiteral("<br><%1>%2</%1>").arg(expired ? QStringLiteral("b") : QStringLiteral("i"), stamp.toHtmlEscaped());
    if (record.ownEvidence)
        html = QStringLiteral("<s>%1</s>").arg(html);
    m_institutionLabel->setText(html);
}

void ChecklistItemEditor::showNothing()
{
    m_titleLabel->setText(tr("Select a criterion to review it."));
    m_descriptionBrowser->clear();
    m_verdictLabel->clear();
    m_reviewedLabel->clear();
    {
        const QSignalBlocker blocker(m_statusCombo);
        m_statusCombo->setCurrentIndex(-1);
    }
    m_responsibleEdit->clear();
    setPlainText(m_evidenceEdit, QString());
    setPlainText(m_linksEdit, QString());
    setPlainText(m_commentEdit, QString());
    setEditorsEnabled(false);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_institutionCaption, m_institutionLabel, m_ownEvidenceCheck})
        widget->hide();
}

void ChecklistItemEditor::setEditorsEnabled(bool enabled)
{
    for (QWidget *editor :
         std::initializer_list<QWidget *>{m_descriptionBrowser, m_statusCombo, m_responsibleEdit,
                                          m_evidenceEdit, m_linksEdit, m_commentEdit})
        editor->setEnabled(enabled);
}

QStringList ChecklistItemEditor::parseLinks(const QString &text)
{
    QStringList links;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString link = line.trimmed();
        if (!link.isEmpty())
            links.append(link);
    }
    return links;
}

} // namespace mcs::ui
