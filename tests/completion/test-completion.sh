#!/bin/bash
# The bash completion of the careplan tool, driven as bash drives it: for
# each command line, COMP_WORDS/COMP_CWORD are set and _careplan is called.
# Usage: test-completion.sh COMPLETION-FILE TOOL-DIR
set -u
completion=$1
export PATH="$2:$PATH"
bc=/usr/share/bash-completion/bash_completion
if [[ ! -r $bc ]]; then
    echo "1..0 # SKIP bash-completion is not installed"
    exit 77
fi
# shellcheck disable=SC1090
source "$bc"
# shellcheck disable=SC1090
source "$completion"

n=0 failed=0
expect()   # expect "command line" word...   (each word must be offered)
{
    local line=$1; shift
    read -r -a COMP_WORDS <<< "$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE=$line COMP_POINT=${#line}
    COMPREPLY=()
    _careplan careplan "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    local w
    for w in "$@"; do
        n=$((n + 1))
        if printf '%s\n' "${COMPREPLY[@]}" | grep -q -x -F -- "$w"; then
            echo "ok $n - '$line' offers '$w'"
        else
            echo "not ok $n - '$line' offers '$w' (got: ${COMPREPLY[*]})"
            failed=1
        fi
    done
}
refuse()   # refuse "command line" word...   (no word may be offered)
{
    local line=$1; shift
    read -r -a COMP_WORDS <<< "$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _careplan careplan "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    local w
    for w in "$@"; do
        n=$((n + 1))
        if printf '%s\n' "${COMPREPLY[@]}" | grep -q -x -F -- "$w"; then
            echo "not ok $n - '$line' should not offer '$w'"
            failed=1
        else
            echo "ok $n - '$line' does not offer '$w'"
        fi
    done
}

expect "careplan " check due rules measures import check-plan timeline serve help --help
expect "careplan ch" check
refuse "careplan ch" due rules
expect "careplan help m" measures
expect "careplan check --" --as-of= --format= --policy= --status= --fail-on= --ssda903= --help
expect "careplan check --for" --format=
refuse "careplan check --for" --policy=
expect "careplan check --format " text json csv
refuse "careplan check --format " default or
expect "careplan check --format=j" json
expect "careplan measures --format " html
expect "careplan rules --format " markdown
expect "careplan check --status " overdue met-late
expect "careplan import --" --ssda903= --year= --strict
expect "careplan timeline --" --child= --as-of= --format= --output=
expect "careplan serve --" --listen= --token-file= --no-auth --max-body= --timeout=
expect "careplan check-plan --" --record= --format=
echo "1..$n"
exit $failed
