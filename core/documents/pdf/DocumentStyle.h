#pragma once

#include "DocumentFonts.h"

#include <QRgb>
#include <QtGlobal>

namespace mcs {

/// A font, size, colour and line height for one kind of text.
struct TextStyle
{
    FontFace face = FontFace::Regular;
    qreal size = 9.5;       ///< points
    QRgb colour = 0xff1f2328;
    qreal lineHeight = 1.3; ///< times the size
    qreal leading() const { return size * lineHeight; }
};

/// The look of our printed documents, in points: one place for the house style.
namespace DocumentStyle {

inline constexpr qreal Millimetre = 72.0 / 25.4;

inline constexpr QRgb Ink = 0xff1f2328;
inline constexpr QRgb Navy = 0xff16325c;
inline constexpr QRgb Grey = 0xff5a6b7b;
inline constexpr QRgb Faint = 0xff9aa5b1;
inline constexpr QRgb HeaderFill = 0xffe8eef6;
inline constexpr QRgb HeaderRule = 0xff9fb3cc;
inline constexpr QRgb GridRule = 0xffd5dde7;
inline constexpr QRgb FieldRule = 0xffe3e8ee;
inline constexpr QRgb SignatureRule = 0xff5a6b7b;

inline constexpr TextStyle Body{FontFace::Regular, 9.5, Ink, 1.3};
inline constexpr TextStyle Quiet{FontFace::Regular, 9.5, Grey, 1.3};
inline constexpr TextStyle Empty{FontFace::Regular, 9.5, Faint, 1.3};
inline constexpr TextStyle TableHeader{FontFace::Bold, 9.5, Navy, 1.3};
inline constexpr TextStyle Title{FontFace::Bold, 22, Navy, 1.2};
inline constexpr TextStyle Kicker{FontFace::Regular, 11, Grey, 1.3};
inline constexpr TextStyle Subtitle{FontFace::Regular, 13, Grey, 1.3};
inline constexpr TextStyle Heading{FontFace::Bold, 13, Navy, 1.25};
inline constexpr TextStyle SubHeading{FontFace::Bold, 11, Ink, 1.25};
inline constexpr TextStyle SubHeadingTag{FontFace::Regular, 11, Grey, 1.25};
inline constexpr TextStyle Running{FontFace::Regular, 7, Grey, 1.2};

inline constexpr qreal MarginLeftRight = 20 * Millimetre;
inline constexpr qreal MarginTopBottom = 15 * Millimetre;
inline constexpr qreal RunningBand = 10 * Millimetre; ///< room for the running header and footer
inline constexpr qreal Rule = 0.6;
inline constexpr qreal CellPadding = 4;
inline constexpr qreal FieldPadding = 3;
inline constexpr qreal SpaceAfterParagraph = 7;
inline constexpr qreal SpaceAfterListItem = 3;
inline constexpr qreal ListIndent = 14;   ///< a list item's text from the margin, per level
inline constexpr qreal ListMarkerGap = 5; ///< between a list marker and its text
inline constexpr qreal SpaceAfterTable = 10;
inline constexpr qreal SpaceBeforeHeading = 16;
inline constexpr qreal SpaceAfterHeading = 5;
inline constexpr qreal SpaceBeforeSubHeading = 10;
inline constexpr qreal SpaceAfterSubHeading = 3;
inline constexpr qreal CoverDrop = 0.22;  ///< the cover starts this far down the page
inline constexpr qreal KeptTogether = 0.6; ///< a list of fields up to this share of a page stays on one page

} // namespace DocumentStyle

} // namespace mcs
