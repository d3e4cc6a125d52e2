#include "extensions.h"

void gui::installExtensions(MainWindow * /*window*/)
{
}
