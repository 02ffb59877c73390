# edge cases of slice bounds on lists, tuples and strings
seqs = [list(range(5)), tuple(range(5)), "01234"]
for seq in seqs:
    print(seq[-100:100], seq[3:-100:-1], seq[-1:-100:-2], seq[4:4], seq[2 ** 70:], seq[-(2 ** 70):1])
    print(seq[None:None:None], seq[::-1][::-1] == seq, seq[1:-1])
