// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File name extensions for the content types that archived items come in. Any thread.
#pragma once

#include "rcacore_export.h"

#include <QString>

namespace rca {

// "mp3", "wav", "pdf", "tiff", "jpg", "png", "gif", "mp4", "txt" … from a content type
// (parameters ignored); fallback when unknown.
RCACORE_EXPORT QString fileExtensionForContentType(const QString &contentType,
                                                   const QString &fallback);

} // namespace rca
