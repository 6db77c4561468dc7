#pragma once

#include <QString>

namespace mcs {

class TrueTypeFont;

enum class FontFace { Regular, Bold };

/// The typefaces of our documents (DejaVu Sans, regular and bold), built into
/// the program so that a document looks the same on every computer. Loaded once
/// per process and shared by every thread.
class DocumentFonts
{
public:
    static const TrueTypeFont &face(FontFace face);
    /// The family to ask QFont for when a document is painted through Qt
    /// (printing, print preview, PDF/A): the built-in faces registered with Qt's
    /// font database. Needs a QGuiApplication.
    static QString painterFamily();
};

} // namespace mcs
