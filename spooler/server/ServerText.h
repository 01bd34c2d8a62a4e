#pragma once

#include <QCoreApplication>

namespace pv::server {

// The server area's messages: Text::tr("...") translates in the "pv::server" context, which
// lupdate reads from this declaration.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(pv::server)
};

} // namespace pv::server
