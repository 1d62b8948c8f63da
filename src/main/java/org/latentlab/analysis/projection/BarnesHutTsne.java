package org.latentlab.analysis.projection;

/**
 * Barnes–Hut t-SNE (van der Maaten, 2014) on the plane: each code's neighbour probabilities over
 * its {@code 3 × perplexity} nearest codes only (a sparse, symmetric P), attraction along those
 * pairs, and repulsion from every other point approximated by a quadtree whose cells are taken as
 * one body when their width seen from the point is under {@code theta}. Gradient descent with
 * momentum and per-coordinate gains; the first {@value #EXAGGERATED} iterations of a fresh start
 * exaggerate P (clusters form), a warm start goes straight to the final phase (the map settles).
 * One thread, a fixed order: the same start gives the same map.
 */
final class BarnesHutTsne {
    /** Iterations of a fresh start with P exaggerated and low momentum. */
    static final int EXAGGERATED = 250;
    private static final double EXAGGERATION = 12;
    private static final double THETA = 0.5;
    private static final int MAX_DEPTH = 48;

    private final int n;
    private final int[] rowStart;
    private final int[] cols;
    private final double[] p;
    private final double learningRate;
    private final double[] y;
    private final double[] velocity;
    private final double[] gains;
    private final double[] gradient;
    private final double[] unnormalised;
    private final QuadTree tree;
    private int iteration;

    /**
     * Calibrates P for {@code codes} ({@code stretch} times the squared distance between codes of
     * different labels) and starts from {@code start} ({@code n × 2}, row-major), fresh or warm.
     */
    BarnesHutTsne(Codes codes, double stretch, double perplexity, double learningRate, double[] start, boolean warm) {
        this.n = codes.n();
        this.learningRate = learningRate;
        int k = Math.min(n - 1, (int) Math.floor(3 * perplexity));
        int[][] neighbours = new int[n][];
        double[][] distances = new double[n][];
        nearest(codes, stretch, k, neighbours, distances);
        double[][] conditional = new double[n][];
        for (int i = 0; i < n; i++) {
            conditional[i] = calibrate(distances[i], perplexity);
        }
        // Symmetric P: p_ij = (p_j|i + p_i|j), normalised to sum 1, as rows of (column, value).
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            count[i] += k;
            for (int j : neighbours[i]) {
                count[j]++;
            }
        }
        int[] cooStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            cooStart[i + 1] = cooStart[i] + count[i];
        }
        int[] fill = java.util.Arrays.copyOf(cooStart, n);
        int[] cooCol = new int[cooStart[n]];
        double[] cooVal = new double[cooStart[n]];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < k; m++) {
                int j = neighbours[i][m];
                double v = conditional[i][m];
                cooCol[fill[i]] = j;
                cooVal[fill[i]++] = v;
                cooCol[fill[j]] = i;
                cooVal[fill[j]++] = v;
            }
        }
        int[] marker = new int[n];
        java.util.Arrays.fill(marker, -1);
        rowStart = new int[n + 1];
        int[] c = new int[cooCol.length];
        double[] v = new double[cooCol.length];
        int out = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            rowStart[i] = out;
            for (int e = cooStart[i]; e < cooStart[i + 1]; e++) {
                int j = cooCol[e];
                if (marker[j] >= rowStart[i]) {
                    v[marker[j]] += cooVal[e];
                } else {
                    marker[j] = out;
                    c[out] = j;
                    v[out++] = cooVal[e];
                }
                total += cooVal[e];
            }
        }
        rowStart[n] = out;
        cols = java.util.Arrays.copyOf(c, out);
        p = java.util.Arrays.copyOf(v, out);
        for (int e = 0; e < out; e++) {
            p[e] /= total;
        }
        y = start.clone();
        velocity = new double[2 * n];
        gains = new double[2 * n];
        java.util.Arrays.fill(gains, 1);
        gradient = new double[2 * n];
        unnormalised = new double[2 * n];
        tree = new QuadTree(n);
        iteration = warm ? EXAGGERATED : 0;
    }

    /** The layout now, {@code n × 2} row-major (the live array: copy it to keep it). */
    double[] layout() {
        return y;
    }

    /** Runs {@code count} iterations; false as soon as the layout stops being finite numbers. */
    boolean step(int count) {
        for (int s = 0; s < count; s++) {
            boolean early = iteration < EXAGGERATED;
            computeGradient(early ? EXAGGERATION : 1);
            double momentum = early ? 0.5 : 0.8;
            double meanX = 0;
            double meanY = 0;
            for (int i = 0; i < 2 * n; i++) {
                double g = gradient[i];
                gains[i] = (Math.signum(g) != Math.signum(velocity[i])) ? gains[i] + 0.2 : gains[i] * 0.8;
                if (gains[i] < 0.01) {
                    gains[i] = 0.01;
                }
                velocity[i] = momentum * velocity[i] - learningRate * gains[i] * g;
                y[i] += velocity[i];
                if ((i & 1) == 0) {
                    meanX += y[i];
                } else {
                    meanY += y[i];
                }
            }
            meanX /= n;
            meanY /= n;
            boolean finite = Double.isFinite(meanX) && Double.isFinite(meanY);
            for (int i = 0; i < n; i++) {
                y[2 * i] -= meanX;
                y[2 * i + 1] -= meanY;
            }
            iteration++;
            if (!finite) {
                return false;
            }
        }
        return true;
    }

    private void computeGradient(double exaggeration) {
        tree.build(y);
        double sumQ = 0;
        double[] repulsion = new double[2];
        for (int i = 0; i < n; i++) {
            double yi = y[2 * i];
            double yj = y[2 * i + 1];
            double ax = 0;
            double ay = 0;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int j = cols[e];
                double dx = yi - y[2 * j];
                double dy = yj - y[2 * j + 1];
                double f = p[e] / (1 + dx * dx + dy * dy);
                ax += f * dx;
                ay += f * dy;
            }
            repulsion[0] = 0;
            repulsion[1] = 0;
            sumQ += tree.repulsion(i, yi, yj, THETA, repulsion);
            gradient[2 * i] = exaggeration * ax;
            gradient[2 * i + 1] = exaggeration * ay;
            // The repulsion is kept unnormalised until Z (the sum over every pair) is known.
            unnormalised[2 * i] = repulsion[0];
            unnormalised[2 * i + 1] = repulsion[1];
        }
        for (int i = 0; i < 2 * n; i++) {
            gradient[i] = 4 * (gradient[i] - unnormalised[i] / sumQ);
        }
    }

    /** The {@code k} nearest other codes of each code by (stretched) squared distance, nearest first. */
    private static void nearest(Codes codes, double stretch, int k, int[][] neighbours, double[][] distances) {
        int n = codes.n();
        int d = codes.d();
        float[] v = codes.values();
        int[] labels = codes.labels();
        int[] heapIndex = new int[k];
        double[] heapDist = new double[k];
        for (int i = 0; i < n; i++) {
            int size = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double s = 0;
                for (int c = 0; c < d; c++) {
                    double diff = (double) v[i * d + c] - v[j * d + c];
                    s += diff * diff;
                }
                if (stretch != 1 && labels[i] >= 0 && labels[j] >= 0 && labels[i] != labels[j]) {
                    s *= stretch;
                }
                if (size < k) {
                    heapIndex[size] = j;
                    heapDist[size] = s;
                    siftUp(heapIndex, heapDist, size++);
                } else if (s < heapDist[0]) {
                    heapIndex[0] = j;
                    heapDist[0] = s;
                    siftDown(heapIndex, heapDist, k);
                }
            }
            // Pop the max-heap from the back: nearest first.
            int[] idx = new int[k];
            double[] dist = new double[k];
            for (int m = k - 1; m >= 0; m--) {
                idx[m] = heapIndex[0];
                dist[m] = heapDist[0];
                heapIndex[0] = heapIndex[m];
                heapDist[0] = heapDist[m];
                siftDown(heapIndex, heapDist, m);
            }
            neighbours[i] = idx;
            distances[i] = dist;
        }
    }

    private static void siftUp(int[] index, double[] dist, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (dist[parent] >= dist[at]) {
                return;
            }
            swap(index, dist, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] index, double[] dist, int size) {
        int at = 0;
        while (true) {
            int l = 2 * at + 1;
            int r = l + 1;
            int largest = at;
            if (l < size && dist[l] > dist[largest]) {
                largest = l;
            }
            if (r < size && dist[r] > dist[largest]) {
                largest = r;
            }
            if (largest == at) {
                return;
            }
            swap(index, dist, at, largest);
            at = largest;
        }
    }

    private static void swap(int[] index, double[] dist, int a, int b) {
        int t = index[a];
        index[a] = index[b];
        index[b] = t;
        double u = dist[a];
        dist[a] = dist[b];
        dist[b] = u;
    }

    /**
     * p_j|i over one code's neighbours (squared distances, nearest first): a Gaussian whose
     * precision is found by bisection so that its perplexity is {@code perplexity}.
     */
    static double[] calibrate(double[] squared, double perplexity) {
        int k = squared.length;
        double[] out = new double[k];
        double target = Math.log(perplexity);
        double min = squared[0];
        double beta = 1;
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (int t = 0; t < 200; t++) {
            double sum = 0;
            double weighted = 0;
            for (int m = 0; m < k; m++) {
                double e = Math.exp(-beta * (squared[m] - min));
                out[m] = e;
                sum += e;
                weighted += (squared[m] - min) * e;
            }
            double entropy = Math.log(sum) + beta * weighted / sum;
            double diff = entropy - target;
            for (int m = 0; m < k; m++) {
                out[m] /= sum;
            }
            if (Math.abs(diff) < 1e-5) {
                break;
            }
            if (diff > 0) {
                lo = beta;
                beta = hi == Double.POSITIVE_INFINITY ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = lo == Double.NEGATIVE_INFINITY ? beta / 2 : (beta + lo) / 2;
            }
        }
        return out;
    }

    /** A quadtree over the layout in flat arrays, rebuilt each iteration without allocating. */
    private static final class QuadTree {
        private double[] cx;
        private double[] cy;
        private double[] half;
        private double[] mass;
        private double[] comX;
        private double[] comY;
        private int[] firstChild;
        private int[] point;
        private int size;
        private int[] stack = new int[4 * MAX_DEPTH + 8];

        QuadTree(int n) {
            allocate(Math.max(16, 4 * n));
        }

        private void allocate(int capacity) {
            cx = java.util.Arrays.copyOf(cx == null ? new double[0] : cx, capacity);
            cy = java.util.Arrays.copyOf(cy == null ? new double[0] : cy, capacity);
            half = java.util.Arrays.copyOf(half == null ? new double[0] : half, capacity);
            mass = java.util.Arrays.copyOf(mass == null ? new double[0] : mass, capacity);
            comX = java.util.Arrays.copyOf(comX == null ? new double[0] : comX, capacity);
            comY = java.util.Arrays.copyOf(comY == null ? new double[0] : comY, capacity);
            firstChild = java.util.Arrays.copyOf(firstChild == null ? new int[0] : firstChild, capacity);
            point = java.util.Arrays.copyOf(point == null ? new int[0] : point, capacity);
        }

        void build(double[] y) {
            int n = y.length / 2;
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, y[2 * i]);
                maxX = Math.max(maxX, y[2 * i]);
                minY = Math.min(minY, y[2 * i + 1]);
                maxY = Math.max(maxY, y[2 * i + 1]);
            }
            size = 0;
            int root = node((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2 * (1 + 1e-6) + 1e-9);
            for (int i = 0; i < n; i++) {
                insert(root, i, y);
            }
        }

        private int node(double x, double yy, double h) {
            if (size + 4 >= cx.length) {
                allocate(cx.length * 2);
            }
            int id = size++;
            cx[id] = x;
            cy[id] = yy;
            half[id] = h;
            mass[id] = 0;
            comX[id] = 0;
            comY[id] = 0;
            firstChild[id] = -1;
            point[id] = -1;
            return id;
        }

        private void insert(int root, int i, double[] y) {
            double x = y[2 * i];
            double yy = y[2 * i + 1];
            int at = root;
            for (int depth = 0; ; depth++) {
                if (firstChild[at] < 0) {
                    if (mass[at] == 0) {
                        point[at] = i;
                        mass[at] = 1;
                        comX[at] = x;
                        comY[at] = yy;
                        return;
                    }
                    if (depth >= MAX_DEPTH) {
                        add(at, x, yy); // coincident points share this leaf
                        return;
                    }
                    int q = point[at];
                    point[at] = -1;
                    split(at);
                    int c = childFor(at, y[2 * q], y[2 * q + 1]);
                    mass[c] = 1;
                    comX[c] = y[2 * q];
                    comY[c] = y[2 * q + 1];
                    point[c] = q;
                }
                add(at, x, yy);
                at = childFor(at, x, yy);
            }
        }

        private void add(int at, double x, double yy) {
            double m = mass[at];
            comX[at] = (comX[at] * m + x) / (m + 1);
            comY[at] = (comY[at] * m + yy) / (m + 1);
            mass[at] = m + 1;
        }

        private void split(int at) {
            double h = half[at] / 2;
            int first = node(cx[at] - h, cy[at] - h, h);
            node(cx[at] + h, cy[at] - h, h);
            node(cx[at] - h, cy[at] + h, h);
            node(cx[at] + h, cy[at] + h, h);
            firstChild[at] = first;
        }

        private int childFor(int at, double x, double yy) {
            int c = firstChild[at];
            return c + (x >= cx[at] ? 1 : 0) + (yy >= cy[at] ? 2 : 0);
        }

        /**
         * Adds point {@code i}'s unnormalised repulsion from every other point to {@code out} and
         * returns its share of the normalising sum Z.
         */
        double repulsion(int i, double x, double yy, double theta, double[] out) {
            double sumQ = 0;
            int top = 0;
            stack[top++] = 0;
            double theta2 = theta * theta;
            while (top > 0) {
                int at = stack[--top];
                double m = mass[at];
                if (m == 0) {
                    continue;
                }
                boolean leaf = firstChild[at] < 0;
                if (leaf && point[at] == i) {
                    m -= 1;
                    if (m <= 0) {
                        continue;
                    }
                }
                double dx = x - comX[at];
                double dy = yy - comY[at];
                double d2 = dx * dx + dy * dy;
                double width = 2 * half[at];
                if (leaf || width * width < theta2 * d2) {
                    double q = 1 / (1 + d2);
                    double mq = m * q;
                    sumQ += mq;
                    mq *= q;
                    out[0] += mq * dx;
                    out[1] += mq * dy;
                } else {
                    if (top + 4 > stack.length) {
                        stack = java.util.Arrays.copyOf(stack, stack.length * 2);
                    }
                    int c = firstChild[at];
                    stack[top++] = c;
                    stack[top++] = c + 1;
                    stack[top++] = c + 2;
                    stack[top++] = c + 3;
                }
            }
            return sumQ;
        }
    }
}
