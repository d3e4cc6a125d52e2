#pragma once

#include <QCoreApplication>

namespace schema {

/// Translation context of the payload codecs: SchemaText::tr("...") is seen by lupdate like any
/// class's tr(), from free functions and codec classes alike.
class SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(schema::SchemaText)
};

} // namespace schema
