#include "DocumentFonts.h"

#include "TrueTypeFont.h"

#include <QFile>
#include <QFontDatabase>

#include <mutex>

namespace mcs {

namespace {

const char *resourceOf(FontFace face)
{
    return face == FontFace::Bold ? ":/mcstudio/fonts/DejaVuSans-Bold.ttf" : ":/mcstudio/fonts/DejaVuSans.ttf";
}

TrueTypeFont load(FontFace face)
{
    QFile file(QString::fromLatin1(resourceOf(face)));
    const QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    TrueTypeFont font(data, face == FontFace::Bold ? QStringLiteral("DejaVuSans-Bold") : QStringLiteral("DejaVuSans"));
    if (!font.isValid())
        qWarning("DocumentFonts: the built-in font %s is missing or damaged", resourceOf(face));
    return font;
}

} // namespace

const TrueTypeFont &DocumentFonts::face(FontFace face)
{
    // Function statics are initialised once, thread-safely.
    static const TrueTypeFont regular = load(FontFace::Regular);
    static const TrueTypeFont bold = load(FontFace::Bold);
    return face == FontFace::Bold ? bold : regular;
}

QString DocumentFonts::painterFamily()
{
    static std::once_flag registered;
    static QString family = QStringLiteral("DejaVu Sans");
    std::call_once(registered, [] {
        for (const FontFace face : {FontFace::Regular, FontFace::Bold}) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(resourceOf(face)));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (!families.isEmpty())
                family = families.first();
        }
    });
    return family;
}

} // namespace mcs
