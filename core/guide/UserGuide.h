#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mcs {

/// One `##` section of a guide chapter.
struct GuideSection
{
    QString id;    ///< the anchor after its heading: `## Title {#id}`
    QString title;
    QString text;  ///< its Markdown, heading included, anchor removed
};

/// One chapter of the user guide: a Markdown file of docs/guide/<language>/.
struct GuideChapter
{
    QString id;
    QString title;
    QString fileName;
    QString markdown; ///< the whole chapter as shown, anchors removed
    QList<GuideSection> sections;
};

/// Where a help target lands: the chapter, and the section (none: the chapter's top).
struct GuidePlace
{
    int chapter = -1;
    QString sectionId;
};

/// The user guide, in Dutch or English, read from the Markdown embedded in the
/// program (docs/guide/, one file per chapter, each heading with an id such as
/// `{#wizard-outcomes}` that help buttons and F1 point to). Both languages have
/// the same chapters and section ids; tests hold them to that.
class UserGuide
{
public:
    /// The guide in "nl" or "en" (anything else: English).
    static const UserGuide &get(const QString &language);
    /// Reads a guide from a folder of chapter files (the embedded one by default).
    static UserGuide fromFolder(const QString &folder);

    const QList<GuideChapter> &chapters() const { return m_chapters; }
    /// The chapter and section of a chapter or section id.
    std::optional<GuidePlace> find(const QString &id) const;
    /// The heading of a place: its section's, or its chapter's when it has no section.
    QString title(const GuidePlace &place) const;
    /// Sections holding every word of `query` (case-insensitive), in guide order.
    QList<GuidePlace> search(const QString &query) const;
    /// The Markdown of a chapter file with its heading anchors taken out.
    static QString withoutAnchors(const QString &markdown);

private:
    QList<GuideChapter> m_chapters;
};

} // namespace mcs
