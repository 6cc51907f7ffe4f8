/**
 * Writes the Project XML export off the pane's main thread: 10,000 projects take tens of seconds
 * to write, and Office restarts an add-in whose pane stops answering for 5 seconds. The portfolio
 * arrives in pieces (worker-job.ts); the file goes back as a Blob, which is not copied.
 */
import { projectXmlFile, type ProjectXmlJob, type ProjectXmlProgress } from "../logic/project-xml-file";
import { serveJob, type JobScope } from "./worker-job";

serveJob<ProjectXmlJob, ReturnType<typeof projectXmlFile>, ProjectXmlProgress>(self as unknown as JobScope<ProjectXmlProgress>, (job, progress) => projectXmlFile(job, progress));
