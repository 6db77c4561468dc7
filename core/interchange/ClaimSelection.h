#pragma once

namespace mcs {

/// Which claims of a Europass credential an import reads. A credential may
/// certify several things; each qualification or learning achievement in it
/// can become a design.
struct ClaimSelection
{
    enum class Kind {
        OnlyOne, ///< the one design claim; a file with several is refused, naming them
        Number,  ///< the claim with this 1-based number
        All,     ///< every design claim (all or none is saved)
    };
    Kind kind = Kind::OnlyOne;
    int number = 0;

    static ClaimSelection onlyOne() { return {}; }
    static ClaimSelection claim(int number) { return {Kind::Number, number}; }
    static ClaimSelection all() { return {Kind::All, 0}; }
};

} // namespace mcs
