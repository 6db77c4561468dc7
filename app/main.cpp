#include "StudioApplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return mcs::ui::StudioApplication::run(app);
}
