package dev.xiaoer.conversation;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs each conversation's tasks one at a time, in the order they were submitted, and different
 * conversations' tasks in parallel on a shared executor. A task may finish asynchronously (its
 * {@link Task#start} returns a stage): the conversation's next task starts only once that stage
 * completes, while the executor's thread is free for other conversations in the meantime. A
 * conversation with nothing queued holds no memory: its lane exists only while it has work.
 */
final class ConversationLanes {

    /** A unit of work; {@link #rejected} is called instead of {@link #start} when it cannot be run. */
    interface Task {
        /** Runs the task's synchronous part; the lane moves on when the returned stage completes (null: at once). */
        CompletionStage<?> start();

        void rejected(RuntimeException cause);
    }

    private final Executor executor;
    /** Per conversation: the running task at the head, then the waiting ones. */
    private final Map<String, ArrayDeque<Task>> lanes = new ConcurrentHashMap<>();

    ConversationLanes(Executor executor) {
        this.executor = executor;
    }

    void submit(String key, Task task) {
        boolean[] first = {false};
        lanes.compute(key, (k, lane) -> {
            if (lane == null) {
                lane = new ArrayDeque<>(2);
                first[0] = true;
            }
            lane.addLast(task);
            return lane;
        });
        if (first[0]) {
            schedule(key, task);
        }
    }

    private void schedule(String key, Task task) {
        try {
            executor.execute(() -> {
                CompletionStage<?> done = null;
                try {
                    done = task.start();
                } finally {
                    if (done == null) {
                        next(key);
                    } else {
                        done.whenComplete((r, t) -> next(key));
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            try {
                task.rejected(e);
            } finally {
                next(key);
            }
        }
    }

    /** The head task finished: start the next one, or drop the lane when it is empty. */
    private void next(String key) {
        Task[] next = {null};
        lanes.computeIfPresent(key, (k, lane) -> {
            lane.pollFirst();
            next[0] = lane.peekFirst();
            return lane.isEmpty() ? null : lane;
        });
        if (next[0] != null) {
            schedule(key, next[0]);
        }
    }

    /** Conversations with work queued or running. */
    int active() {
        return lanes.size();
    }
}
