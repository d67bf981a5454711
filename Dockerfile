# syntax=docker/dockerfile:1
# xiaoer webhook service.
#   docker build -t xiaoer .
#   docker run -p 8080:8080 -v xiaoer-data:/data xiaoer
#   docker run -p 8080:8080 -v xiaoer-data:/data -v "$PWD/knowledge:/app/knowledge:ro" xiaoer   # your own knowledge
# Configure with XIAOER_* variables (each mirrors a serve flag: XIAOER_SESSION_TTL=2h, XIAOER_WORKERS=8,
# XIAOER_LOG_TEXT=true, XIAOER_LOG_LEVEL=DEBUG, ...), JVM flags with JDK_JAVA_OPTIONS; arguments after
# the image name replace `serve` (`docker run --rm xiaoer ask 保证金怎么退`).
# bench/docker-smoke.sh builds and runs it. Base images are pinned by digest (multi-platform indexes);
# docs/maintenance.md says how to move them on.

FROM maven:3.9-eclipse-temurin-17@sha256:1ed5d1f54416b706707b4f3238f63a20bb06aab27c6d240090a2bb9ad895ed45 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY knowledge knowledge
# ~/.m2 in a BuildKit cache: a rebuild downloads only what changed. The class-data archive is made
# in the runtime image below, by the JVM that will use it (-Dcds.skip here).
RUN --mount=type=cache,target=/root/.m2 mvn -B -q package -DskipTests -Dcds.skip

FROM eclipse-temurin:17-jre@sha256:13cc28a6cc72a38ce1f00c906be3580c1a3e604b8984d694f369a96742abc93b
RUN groupadd --system --gid 10001 xiaoer \
 && useradd --system --uid 10001 --gid xiaoer --home-dir /app --no-create-home --shell /usr/sbin/nologin xiaoer \
 && mkdir -p /app /data \
 && chown xiaoer:xiaoer /data
WORKDIR /app
COPY --from=build /src/target/xiaoer.jar /app/xiaoer.jar
COPY bin/xiaoer /app/bin/xiaoer
COPY knowledge /app/knowledge
# The class-data archive bin/xiaoer starts the jar with (docs/benchmarks.md, start-up): written by this
# image's JVM, since an archive fits one JVM build and one jar path.
RUN java -XX:ArchiveClassesAtExit=/app/xiaoer.jsa -Xlog:cds*=error -jar /app/xiaoer.jar cds-training
ENV XIAOER_HOST=0.0.0.0 \
    XIAOER_PORT=8080 \
    XIAOER_DATA=/data \
    XIAOER_KNOWLEDGE=/app/knowledge \
    XIAOER_SESSION_TTL=30m \
    XIAOER_SHUTDOWN_TIMEOUT=8s \
    JDK_JAVA_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER xiaoer
VOLUME ["/data"]
EXPOSE 8080
# Healthy once ready (/readyz: the knowledge is loaded and messages are answered), not merely alive;
# the start period covers reading the knowledge and building its index (seconds for a few hundred
# entries, about 30 s for 100 000). No curl or wget is needed: bash's /dev/tcp sends the request.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${XIAOER_PORT:-8080} && printf 'GET /readyz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# bin/xiaoer execs java, so java is PID 1 and gets SIGTERM; the shutdown hook finishes messages in
# flight and closes the store within XIAOER_SHUTDOWN_TIMEOUT (keep it under `docker stop`'s 10 s grace).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app/bin/xiaoer"]
CMD ["serve"]
