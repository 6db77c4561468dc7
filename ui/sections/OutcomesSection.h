#pragma once

#include "DesignSection.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace mcs::ui {

class BilingualTextEdit;
class FindingsView;

/// The ordered list of learning outcomes and an editor for one: statement in
/// Dutch and English, domain, intended Bloom level, the linter's findings as the
/// team types, and observable verbs to choose from by Bloom level.
class OutcomesSection : public DesignSection
{
    Q_OBJECT

public:
    explicit OutcomesSection(DesignDocument *document, QWidget *parent = nullptr);
    QString title() const override;
    QString subtitle() const override;
    bool focusField(const QString &fieldPath) override;

    /// The outcome being edited, or -1.
    int currentOutcome() const { return m_current; }
    void selectOutcome(int index);

protected:
    void refreshOther() override;

private:
    void addOutcome();
    void removeOutcome();
    void moveOutcome(int delta);
    void refreshList();
    void refreshEditor();
    void refreshSuggestions();
    void insertVerb(const QString &verb, const QString &language);
    QWidget *buildEditor();
    QWidget *buildSuggestions();

    int m_current = -1;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QWidget *m_editor = nullptr;
    BilingualTextEdit *m_statement = nullptr;
    QComboBox *m_domain = nullptr;
    QComboBox *m_bloom = nullptr;
    QLabel *m_skills = nullptr;
    FindingsView *m_findings = nullptr;
    QComboBox *m_suggestionLevel = nullptr;
    QListWidget *m_dutchVerbs = nullptr;
    QListWidget *m_englishVerbs = nullptr;
    QWidget *m_suggestions = nullptr;
    /// The outcome and level the suggested verbs were last set for.
    std::pair<int, std::optional<BloomLevel>> m_suggestionsShownFor{-1, std::nullopt};
};

} // namespace mcs::ui
