#pragma once

#include <QByteArray>
#include <QString>

// What converting (PostScript) and release rendering share about Ghostscript.
namespace pv {

// Where Ghostscript is installed, in the fixed PATH children get (childExecutable); empty when
// it is not. The daemon asks too, so this file links nothing that draws.
QString ghostscriptPath();

// The PostScript error name in what Ghostscript wrote to stderr ("/undefined"...), or empty:
// only that is passed on, as the rest may quote the document.
QString ghostscriptErrorName(const QByteArray &stderrText);

} // namespace pv
