#pragma once
// Writes MappingRules back as a steward's mappings/*.yaml: the mapping editor's Save and its YAML
// tab. Loading the text again gives the same rules (every stored attribute, and so the same
// mappingVersion()), and writing those gives the same text.
//
// Layout. Top-level keys in the order source, target, description, lookups, fields, validate;
// field rules in their order (it is the order of evaluation). A simple rule is one line,
// `name: { from: id }`; a rule with cases or a lookup, or one too long for a line, is a block.
// Scalars are quoted when the loader would otherwise read another type or text (YAML syntax,
// null/true/number look-alikes, commas inside { }; a few more indicator characters than YAML
// strictly needs, to be safe) and only then; expressions are in double quotes
// (in single quotes when they hold a backslash or a double quote and no single quote: regexes).
// `on_null` is written only when it is not what the loader infers from `default`.
//
// Keeping the steward's text. When `original` (the text the rules were loaded from, or the YAML
// tab's current text) is given, what it chose without changing the meaning is kept where it still
// applies: the order of keys within a map (top level included), a rule, table or list written as
// a block or as one line, the `order_id: id` shorthand, values lined up in a column, blank lines.
// yaml-cpp forgets comments, so they are found line by line in `original` and placed by the key
// or list item they sit above or beside:
//  - the header: the comment lines before the first key (up to the last blank line among them,
//    if any; without one, a comment directly above the first key is part of the header);
//  - comment lines (and blank lines) directly above a key or list item, at any depth: above a
//    top-level key, a field's rule (keyed by the field name), a key inside a block rule, a case
//    (keyed by its `when` text), a validation rule (keyed by its field and check text), a
//    lookup entry; they are indented like the key;
//  - a trailing `# comment` at the end of such a line, kept at its column when it still fits;
//  - the comments after the last key (the footer).
// A comment whose key or item is no longer written (a field renamed or removed, a case whose
// `when` or a rule whose check changed, a key of a block rule now written as one line) or that
// sits where nothing starts (a line inside a multi-line { } map, a closing bracket, or anywhere
// in text that does not parse) is reported in droppedComments, in file order, so the editor can
// say which comments a save would lose.
//
// Not kept, as they do not change what the rules mean: block scalars (| and >) become quoted
// one-line text, type aliases their canonical name (`integer` -> `int`), `~` -> `null`, quotes
// that were not needed, and `1.5e3` (a decimal) becomes `1500e0`. Values of type date, timestamp
// or json cannot come from a mapping file; they are written as their text in quotes (and so read
// back as strings).

#include "mapping/mappingrules.h"

#include <QString>
#include <QStringList>

namespace concord {

struct MappingText
{
    QString yaml;
    QStringList droppedComments; // comments of `original` that have no place in `yaml` ("# …")
};

MappingText writeMapping(const MappingRules &rules, const QString &original = {});

} // namespace concord
