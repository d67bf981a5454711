# syntax=docker/dockerfile:1
# xiaoer webhook service.
#   docker build -t xiaoer .
#   docker run -p 8080:8080 -v xiaoer-data:/data xiaoer
# Configure with XIAOER_* variables (each mirrors a serve flag: XIAOER_SESSION_TTL=2h, XIAOER_WORKERS=8,
# XIAOER_LOG_TEXT=true, XIAOER_LOG_LEVEL=DEBUG, ...); arguments after the image name replace `serve`.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY knowledge knowledge
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 xiaoer \
 && useradd --system --uid 10001 --gid xiaoer --home-dir /app --no-create-home --shell /usr/sbin/nologin xiaoer \
 && mkdir -p /app /data \
 && chown xiaoer:xiaoer /data
WORKDIR /app
COPY --from=build /src/target/xiaoer.jar /app/xiaoer.jar
COPY --from=build /src/knowledge /app/knowledge
ENV XIAOER_HOST=0.0.0.0 \
    XIAOER_PORT=8080 \
    XIAOER_DATA=/data \
    XIAOER_KNOWLEDGE=/app/knowledge \
    XIAOER_SESSION_TTL=30m \
    XIAOER_SHUTDOWN_TIMEOUT=8s \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
USER xiaoer
VOLUME ["/data"]
EXPOSE 8080
# No curl or wget is needed: bash's /dev/tcp sends the request. 200 while the process serves.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${XIAOER_PORT:-8080} && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# exec form: java is PID 1 and gets SIGTERM; the shutdown hook finishes messages in flight and
# closes the store within XIAOER_SHUTDOWN_TIMEOUT (keep it under `docker stop`'s 10 s grace).
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "/app/xiaoer.jar"]
CMD ["serve"]
