/* recursion.py in C99: fib, Ackermann A(2, n), binary trees on the heap. */
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *left, *right;
};

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

static long ackermann(long m, long n) {
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static struct node *make_tree(int depth) {
    if (depth == 0)
        return NULL;
    struct node *node = malloc(sizeof *node);
    if (!node)
        abort();
    node->left = make_tree(depth - 1);
    node->right = make_tree(depth - 1);
    return node;
}

static long count_nodes(const struct node *tree) {
    return tree ? 1 + count_nodes(tree->left) + count_nodes(tree->right) : 0;
}

static void free_tree(struct node *tree) {
    if (tree) {
        free_tree(tree->left);
        free_tree(tree->right);
        free(tree);
    }
}

int main(int argc, char **argv) {
    long scale = argc > 1 ? atol(argv[1]) : 1;
    long f = fib(14 + scale), a = 0, nodes = 0;
    for (long n = 0; n < scale * 10; n++)
        a += ackermann(2, n % 120);
    for (long d = 0; d < scale * 4; d++) {
        struct node *tree = make_tree(4 + d % 10);
        nodes += count_nodes(tree);
        free_tree(tree);
    }
    printf("fib %ld ackermann %ld nodes %ld\n", f, a, nodes);
    return 0;
}
