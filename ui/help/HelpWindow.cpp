#include "HelpWindow.h"

#include "DisplayNames.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QAbstractTextDocumentLayout>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUrl>
#include <QTextDocument>
#include <QTextCursor>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace mcs::ui {

namespace {

QPointer<HelpWindow> &theWindow()
{
    static QPointer<HelpWindow> window;
    return window;
}

constexpr int ChapterRole = Qt::UserRole;
constexpr int SectionRole = Qt::UserRole + 1;

} // namespace

HelpWindow::HelpWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window), m_guide(UserGuide::get(language)), m_language(language)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("User Guide — Microcredential Studio"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QToolBar(this);
    m_back = bar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this, &HelpWindow::back);
    m_back->setShortcut(QKeySequence::Back);
    m_forward = bar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this, &HelpWindow::forward);
    m_forward->setShortcut(QKeySequence::Forward);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("helpSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(find);
    layout->addWidget(bar);

    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContentsTree"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setHeaderHidden(true);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpTextBrowser"));
    m_browser->setAccessibleName(tr("Guide text"));
    m_browser->setOpenLinks(false); // nothing is fetched; the guide is all in the program
    m_browser->document()->setDocumentMargin(18);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});
    layout->addWidget(splitter, 1);

    fillContents();
    connect(m_contents, &QTreeWidget::itemActivated, this, &HelpWindow::itemChosen);
    connect(m_contents, &QTreeWidget::itemClicked, this, &HelpWindow::itemChosen);
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::searchFor);
    updateNavigation();
    resize(960, 680);
}

HelpWindow *HelpWindow::instance()
{
    return theWindow();
}

HelpWindow *HelpWindow::showSection(const QString &id)
{
    if (!theWindow())
        theWindow() = new HelpWindow(DisplayNames::language());
    HelpWindow *window = theWindow();
    if (!window->open(id))
        window->open(window->m_guide.chapters().isEmpty() ? QString() : window->m_guide.chapters().first().id);
    window->show();
    window->raise();
    window->activateWindow();
    // Laid out only now that it shows: the heading can be brought to the top.
    window->showPlace(window->m_current, false);
    return window;
}

bool HelpWindow::open(const QString &id)
{
    const std::optional<GuidePlace> place = m_guide.find(id);
    if (!place)
        return false;
    showPlace(*place, true);
    return true;
}

void HelpWindow::fillContents()
{
    m_contents->clear();
    const QList<GuideChapter> &chapters = m_guide.chapters();
    for (int c = 0; c < chapters.size(); ++c) {
        auto *chapterItem = new QTreeWidgetItem(m_contents, {chapters.at(c).title});
        chapterItem->setData(0, ChapterRole, c);
        for (const GuideSection &section : chapters.at(c).sections) {
            auto *item = new QTreeWidgetItem(chapterItem, {section.title});
            item->setData(0, ChapterRole, c);
            item->setData(0, SectionRole, section.id);
        }
    }
}

void HelpWindow::searchFor(const QString &query)
{
    if (query.trimmed().isEmpty()) {
        fillContents();
        return;
    }
    // The contents become the sections that hold every word, under their chapters.
    m_contents->clear();
    const QList<GuidePlace> found = m_guide.search(query);
    QTreeWidgetItem *chapterItem = nullptr;
    int chapterShown = -1;
    for (const GuidePlace &place : found) {
        const GuideChapter &chapter = m_guide.chapters().at(place.chapter);
        if (place.chapter != chapterShown) {
            chapterItem = new QTreeWidgetItem(m_contents, {chapter.title});
            chapterItem->setData(0, ChapterRole, place.chapter);
            chapterItem->setExpanded(true);
            chapterShown = place.chapter;
        }
        for (const GuideSection &section : chapter.sections) {
            if (section.id == place.sectionId) {
                auto *item = new QTreeWidgetItem(chapterItem, {section.title});
                item->setData(0, ChapterRole, place.chapter);
                item->setData(0, SectionRole, section.id);
            }
        }
    }
    if (found.isEmpty())
        new QTreeWidgetItem(m_contents, {tr("Nothing found for “%1”").arg(query.trimmed())});
}

void HelpWindow::itemChosen(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, ChapterRole).isValid())
        return;
    showPlace(GuidePlace{item->data(0, ChapterRole).toInt(), item->data(0, SectionRole).toString()}, true);
}

void HelpWindow::fitImages()
{
    // A screenshot at its own size is wider than the reading column: show it at
    // most as wide as a page of text, its proportions kept.
    const qreal widest = std::min<qreal>(m_browser->fontMetrics().averageCharWidth() * 90, 720);
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid())
                continue;
            const QImage image = m_browser->document()->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
            if (image.isNull())
                continue;
            // Every image gets its size now, so that the layout does not move when
            // it is drawn and the view stays at the section it was opened at.
            const qreal width = std::min<qreal>(widest, image.width());
            format.setWidth(width);
            format.setHeight(width * image.height() / image.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

void HelpWindow::showPlace(const GuidePlace &place, bool remember)
{
    if (place.chapter < 0 || place.chapter >= m_guide.chapters().size())
        return;
    const GuideChapter &chapter = m_guide.chapters().at(place.chapter);
    if (place.chapter != m_shownChapter) {
        // Screenshots resolve from the chapter's own folder, as on disk (docs/guide/nl/).
        m_browser->document()->setBaseUrl(QUrl(QStringLiteral("qrc:/mcstudio/guide/%1/").arg(m_language)));
        m_browser->setMarkdown(chapter.markdown);
        fitImages();
        m_shownChapter = place.chapter;
    }
    scrollToHeading(place.sectionId.isEmpty() ? QString() : m_guide.title(place));
    m_current = place;
    selectInContents(place);
    if (remember) {
        m_history = m_history.mid(0, m_historyIndex + 1);
        m_history.append(place);
        m_historyIndex = int(m_history.size()) - 1;
    }
    updateNavigation();
}

void HelpWindow::scrollToHeading(const QString &title)
{
    if (title.isEmpty()) {
        m_browser->verticalScrollBar()->setValue(0);
        return;
    }
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == title.trimmed()) {
            m_browser->setTextCursor(QTextCursor(block));
            // The heading at the top of the view, not merely somewhere in it.
            const QRectF where = m_browser->document()->documentLayout()->blockBoundingRect(block);
            m_browser->verticalScrollBar()->setValue(int(where.top()));
            return;
        }
    }
}

void HelpWindow::selectInContents(const GuidePlace &place)
{
    for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->data(0, ChapterRole).toInt() == place.chapter && item->data(0, SectionRole).toString() == place.sectionId
            && item->data(0, ChapterRole).isValid()) {
            const QSignalBlocker quiet(m_contents);
            m_contents->setCurrentItem(item);
            m_contents->scrollToItem(item);
            return;
        }
    }
}

QString HelpWindow::chapterId() const
{
    return m_current.chapter >= 0 && m_current.chapter < m_guide.chapters().size()
               ? m_guide.chapters().at(m_current.chapter).id
               : QString();
}

void HelpWindow::back()
{
    if (m_historyIndex <= 0)
        return;
    --m_historyIndex;
    showPlace(m_history.at(m_historyIndex), false);
}

void HelpWindow::forward()
{
    if (m_historyIndex + 1 >= m_history.size())
        return;
    ++m_historyIndex;
    showPlace(m_history.at(m_historyIndex), false);
}

void HelpWindow::updateNavigation()
{
    m_back->setEnabled(m_historyIndex > 0);
    m_forward->setEnabled(m_historyIndex + 1 < m_history.size());
}

} // namespace mcs::ui
