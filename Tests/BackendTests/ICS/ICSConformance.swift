/// An independent, byte-level RFC 5545 conformance check, written from the RFC rather than from
/// the backend's code: line endings, folding, escaping, required properties, and `TZID` ↔
/// `VTIMEZONE` pairing. Returns every problem found, as readable text.
enum ICSConformance {
    static func problems(in bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        // 3.1: lines end with CRLF; no bare CR or LF.
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 13 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 {
                    physical.append(current)
                    current = []
                    index += 2
                    continue
                }
                problems.append("line \(physical.count + 1): a CR without LF")
            } else if byte == 10 {
                problems.append("line \(physical.count + 1): an LF without CR")
            } else {
                current.append(byte)
            }
            index += 1
        }
        if !current.isEmpty { problems.append("the last line does not end with CRLF") }

        // 3.1: at most 75 octets per line; folds never split a UTF-8 sequence.
        var logical: [String] = []
        for (number, line) in physical.enumerated() {
            if line.count > 75 { problems.append("line \(number + 1): \(line.count) octets, more than 75") }
            guard let text = String(validating: line, as: UTF8.self) else {
                problems.append("line \(number + 1): not valid UTF-8 on its own (a fold split a character)")
                continue
            }
            if text.hasPrefix(" ") || text.hasPrefix("\t") {
                if logical.isEmpty { problems.append("line \(number + 1): a continuation line with nothing to continue") } else {
                    logical[logical.count - 1] += text.dropFirst()
                }
            } else {
                logical.append(text)
            }
        }

        // Components nest properly; required properties are present.
        var stack: [String] = []
        var components: [(name: String, properties: [(name: String, parameters: [String: String], value: String)])] = []
        var open: [Int] = []
        var tzids: Set<String> = []
        var tzidReferences: [(String, String)] = []
        for line in logical {
            guard let property = parse(line) else {
                problems.append("cannot parse the content line `\(line.prefix(40))`")
                continue
            }
            if property.name != property.name.uppercased() { problems.append("`\(property.name)` is not upper case") }
            if property.name == "BEGIN" {
                stack.append(property.value)
                open.append(components.count)
                components.append((property.value, []))
                continue
            }
            if property.name == "END" {
                if stack.last != property.value { problems.append("END:\(property.value) does not close BEGIN:\(stack.last ?? "nothing")") }
                stack.removeLast()
                open.removeLast()
                continue
            }
            guard let innermost = open.last else {
                problems.append("`\(property.name)` outside any component")
                continue
            }
            components[innermost].properties.append(property)
            if property.name == "TZID", stack.last == "VTIMEZONE" { tzids.insert(property.value) }
            if let tzid = property.parameters["TZID"] {
                tzidReferences.append((property.name, tzid))
                if property.value.hasSuffix("Z") { problems.append("\(property.name) has a TZID and a UTC value") }
            }
            if textProperties.contains(property.name), let problem = escapingProblem(property.value) {
                problems.append("\(property.name): \(problem)")
            }
            if property.parameters["VALUE"] == "DATE", property.value.count != 8 || !property.value.allSatisfy(\.isNumber) {
                problems.append("\(property.name) is VALUE=DATE but `\(property.value)` is not a date")
            }
        }
        if !stack.isEmpty { problems.append("unclosed \(stack.joined(separator: ", "))") }

        guard let calendar = components.first, calendar.name == "VCALENDAR" else {
            return problems + ["the file does not start with BEGIN:VCALENDAR"]
        }
        for name in ["VERSION", "PRODID"] where !calendar.properties.contains(where: { $0.name == name }) {
            problems.append("VCALENDAR has no \(name)")
        }
        if calendar.properties.first(where: { $0.name == "VERSION" })?.value != "2.0" { problems.append("VERSION is not 2.0") }
        if calendar.properties.contains(where: { $0.name == "METHOD" }) { problems.append("a feed must not have METHOD") }
        for component in components where component.name == "VEVENT" {
            let names = component.properties.map(\.name)
            for required in ["UID", "DTSTAMP", "DTSTART"] where !names.contains(required) {
                problems.append("a VEVENT has no \(required)")
            }
            for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "SEQUENCE", "SUMMARY", "DESCRIPTION"] where names.filter({ $0 == name }).count > 1 {
                problems.append("a VEVENT has \(name) twice")
            }
            if names.contains("DTEND") == names.contains("DURATION") {
                problems.append("a VEVENT must have DTEND or DURATION, not \(names.contains("DTEND") ? "both" : "neither")")
            }
            if let stamp = component.properties.first(where: { $0.name == "DTSTAMP" }), !stamp.value.hasSuffix("Z") || stamp.parameters["TZID"] != nil {
                problems.append("DTSTAMP `\(stamp.value)` is not in UTC")
            }
        }
        for component in components where component.name == "VTIMEZONE" {
            if !component.properties.contains(where: { $0.name == "TZID" }) { problems.append("a VTIMEZONE has no TZID") }
        }
        for component in components where component.name == "STANDARD" || component.name == "DAYLIGHT" {
            for required in ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO"] where !component.properties.contains(where: { $0.name == required }) {
                problems.append("a \(component.name) has no \(required)")
            }
        }
        for (property, tzid) in tzidReferences where !tzids.contains(tzid) {
            problems.append("\(property) refers to TZID \(tzid), which has no VTIMEZONE")
        }
        return problems
    }

    static let textProperties: Set<String> = ["SUMMARY", "DESCRIPTION", "LOCATION", "NAME", "X-WR-CALNAME", "TZNAME", "COMMENT"]

    /// In TEXT, `;` and `,` must be escaped, and a backslash escapes only `\`, `;`, `,`, `n` or `N`.
    static func escapingProblem(_ value: String) -> String? {
        var escaped = false
        for character in value {
            if escaped {
                guard "\\;,nN".contains(character) else { return "`\\\(character)` is not a TEXT escape" }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ";" || character == "," {
                return "an unescaped `\(character)` in TEXT"
            }
        }
        return escaped ? "a TEXT value ends with a lone backslash" : nil
    }

    /// `NAME;PARAM=value;PARAM="quoted":value`.
    static func parse(_ line: String) -> (name: String, parameters: [String: String], value: String)? {
        var inQuotes = false
        var colon: String.Index?
        for index in line.indices {
            if line[index] == "\"" { inQuotes.toggle() }
            if line[index] == ":", !inQuotes { colon = index; break }
        }
        guard let colon else { return nil }
        let head = line[..<colon].split(separator: ";", omittingEmptySubsequences: false)
        guard let name = head.first, !name.isEmpty else { return nil }
        var parameters: [String: String] = [:]
        for parameter in head.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { return nil }
            parameters[String(pair[0])] = String(pair[1]).trimmingCharacters(in: "\"")
        }
        return (String(name), parameters, String(line[line.index(after: colon)...]))
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}
