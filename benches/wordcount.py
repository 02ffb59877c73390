# String and dict work: generate a text from a vocabulary of made-up words,
# then tokenise it (lower-casing, stripping punctuation, splitting) and count
# words and word pairs in dicts; print the most frequent ones.
# bench: scale=10 check=1
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qua", "ish"]


def make_vocabulary(seed):
    words = []
    for i in range(200):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (seed >> 8) % 3
        word = ""
        for k in range(n):
            word += SYLLABLES[(seed >> (4 * k + 12)) % len(SYLLABLES)]
        if i % 17 == 0:
            word = word[0].upper() + word[1:]
        words.append(word)
    return words


def make_text(words, count):
    lines = []
    line = []
    seed = 42
    for i in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        # A skewed choice: common words come up more often.
        r = (seed >> 10) % 1000
        word = words[(r * r // 1000) % len(words)]
        if seed % 11 == 0:
            word += ","
        elif seed % 23 == 0:
            word += "."
        line.append(word)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    pairs = {}
    previous = None
    for line in text.split("\n"):
        for token in line.split():
            word = token.strip(".,").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            if previous is not None:
                pair = previous + " " + word
                pairs[pair] = pairs.get(pair, 0) + 1
            previous = word
    return counts, pairs


def top(table, n):
    items = sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:n]


def run(scale):
    words = make_vocabulary(2024)
    text = make_text(words, scale * 2000)
    counts, pairs = count_words(text)
    print("chars", len(text), "distinct", len(counts), "pairs", len(pairs))
    for word, n in top(counts, 5):
        print(word, n)
    for pair, n in top(pairs, 3):
        print(pair, n)


scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
run(scale)
